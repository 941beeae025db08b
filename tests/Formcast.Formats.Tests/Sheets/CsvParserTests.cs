using Formcast.Formats.Common.Internal;
using Formcast.Formats.Sheets.Internal;

namespace Formcast.Formats.Tests.Sheets;

public sealed class CsvParserTests
{
    private static (List<(int Line, string[] Fields)> Records, IReadOnlyList<FormatDiagnostic> Diagnostics) Parse(string text, char? delimiter = null)
    {
        var diagnostics = new DiagnosticCollector("t.csv", "csv", 100);
        var parser = new CsvParser(text, delimiter ?? CsvParser.DetectDelimiter(text), diagnostics);
        var records = new List<(int, string[])>();
        var fields = new List<CsvField>();
        while (true)
        {
            var outcome = parser.Next(fields, out var line);
            if (outcome == CsvParser.Outcome.End) break;
            if (outcome == CsvParser.Outcome.Record) records.Add((line, fields.Select(f => f.Text).ToArray()));
        }

        return (records, diagnostics.ToList());
    }

    [Fact]
    public void Next_QuotedFieldsWithDelimitersQuotesAndLineBreaks_AreOneFieldEach()
    {
        var (records, diagnostics) = Parse("a,b,c\n1,\"x, \"\"quoted\"\"\",\"two\nlines\"\n2,y,z\n");

        Assert.Empty(diagnostics);
        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "x, \"quoted\"", "two\nlines"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line); // the embedded line break moved the next record to line 4
    }

    [Fact]
    public void Next_CrLfAndCrLineEnds_AndATrailingEmptyField()
    {
        var (records, _) = Parse("a;b\r\n1;\r\n2;3\r4;5");

        Assert.Equal([(1, new[] { "a", "b" }), (2, new[] { "1", "" }), (3, new[] { "2", "3" }), (4, new[] { "4", "5" })],
            records.Select(r => (r.Line, r.Fields)).ToArray(), new RecordComparer());
    }

    [Theory]
    [InlineData("a,b;c\n", ',')]
    [InlineData("a;b;c,d\n", ';')]
    [InlineData("a\tb\tc\n", '\t')]
    [InlineData("a|b|c\n", '|')]
    [InlineData("\"x;y;z\",b\n", ',')]
    [InlineData("single\n", ',')]
    public void DetectDelimiter_CountsOutsideQuotesOnTheFirstLine(string text, char expected) =>
        Assert.Equal(expected, CsvParser.DetectDelimiter(text));

    [Fact]
    public void Next_UnterminatedQuote_IsAnErrorAtTheLineWhereItOpened()
    {
        var (records, diagnostics) = Parse("a,b\n1,2\n3,\"never closed\n4,5\n");

        Assert.Equal(2, records.Count);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("csv.quote.unterminated", 3), (error.Code, error.Line));
    }

    [Fact]
    public void Next_TooManyFields_DamagesOnlyThatRow()
    {
        var wide = string.Join(',', Enumerable.Repeat("x", CsvParser.MaxFields + 5));
        var (records, diagnostics) = Parse("a,b\n" + wide + "\n1,2\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.Equal(("csv.record.too_wide", 2), (diagnostics[0].Code, diagnostics[0].Line));
    }

    [Fact]
    public void Next_LeadingByteOrderMark_IsNotPartOfTheFirstHeader()
    {
        var (records, _) = Parse("\uFEFFdate,rpe\n2020-01-01,5\n");

        Assert.Equal("date", records[0].Fields[0]);
    }

    private sealed class RecordComparer : IEqualityComparer<(int, string[])>
    {
        public bool Equals((int, string[]) x, (int, string[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((int, string[]) obj) => obj.Item1;
    }
}
