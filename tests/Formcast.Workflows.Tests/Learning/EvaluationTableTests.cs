using Formcast.Formats;
using Formcast.Workflows.Learning;

namespace Formcast.Workflows.Tests.Learning;

public sealed class EvaluationTableTests
{
    [Fact]
    public void QuotedFields_MayHoldDelimitersQuotesAndLineBreaks()
    {
        const string csv = "note,x,y\n\"a, \"\"quoted\"\"\nnote\",1.5,0\nplain,2.5,1\n";
        var (table, diagnostics) = EvaluationTable.Read(new StringReader(csv), "t.csv", "y");
        Assert.NotNull(table);
        Assert.Equal([1.5, 2.5], table.Data.Features.Column(0));
        Assert.Equal("note", Assert.Single(table.Skipped).Name);
        Assert.Contains("line 2", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SemicolonTables_AndMissingTokens_AreRecognised()
    {
        const string csv = "x;z;y\r\n1;NA;0\r\n2;3;1\r\n\r\n4;n/a;1\r\n";
        var (table, _) = EvaluationTable.Read(new StringReader(csv), "t.csv", "y", missing: MissingValuePolicy.ImputeMedian);
        Assert.NotNull(table);
        Assert.Equal(3, table.Data.Rows);
        Assert.Equal(2, table.MissingCells);
        Assert.True(double.IsNaN(table.Data.Features[0, 1]));
    }

    [Theory]
    [InlineData("x,x,y\n1,2,3\n", "csv.header", 1)]
    [InlineData("x,y\n\"open,1\n", "csv.quote", 2)]
    [InlineData("", "csv.empty", 1)]
    [InlineData("x,y\n1,\n2,1\n", "evaluate.target.missing", 2)]
    public void BrokenTables_AreDiagnosedWithTheirLine(string csv, string code, int line)
    {
        var (table, diagnostics) = EvaluationTable.Read(new StringReader(csv), "t.csv", "y");
        Assert.Null(table);
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void DatesBecomeDaysAndGroupsBecomeCodes()
    {
        const string csv = "who,when,x,y\nb,2024-01-02,1,0\na,2024-01-01T12:00:00Z,2,1\nb,2024-01-03,3,1\n";
        var (table, _) = EvaluationTable.Read(new StringReader(csv), "t.csv", "y", group: "who", time: "when");
        Assert.NotNull(table);
        Assert.True(table.TimeIsDate);
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc).Subtract(DateTime.UnixEpoch).TotalDays, table.Data.Time![0]);
        Assert.Equal(0.5, table.Data.Time[1] - Math.Floor(table.Data.Time[1]));
        Assert.Equal([1, 0, 1], table.Data.Groups!);
        Assert.Equal(2, table.GroupCount);
    }
}
