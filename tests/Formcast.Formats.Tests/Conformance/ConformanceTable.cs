using System.Globalization;
using System.Text;

namespace Formcast.Formats.Tests.Conformance;

/// <summary>Collects expectation checks (file, source, what, expected, actual, tolerance, verdict) and renders them.</summary>
internal sealed class ConformanceTable
{
    private readonly List<Row> _rows = [];

    public IEnumerable<Row> Failures => _rows.Where(r => !r.Pass);

    public int Count => _rows.Count;

    public void Number(string file, string source, string what, double expected, double? actual, double tolerance)
    {
        var pass = actual is { } a && Math.Abs(a - expected) <= tolerance;
        _rows.Add(new Row(file, source, what, Format(expected), actual is null ? "(none)" : Format(actual.Value), tolerance == 0 ? "exact" : "± " + Format(tolerance), pass));
    }

    public void Text(string file, string source, string what, string expected, string? actual)
    {
        _rows.Add(new Row(file, source, what, expected, actual ?? "(none)", "exact", string.Equals(expected, actual, StringComparison.Ordinal)));
    }

    public void Fact(string file, string source, string what, string expected, string actual, bool pass) =>
        _rows.Add(new Row(file, source, what, expected, actual, "—", pass));

    public string ToMarkdown(string title, string introduction)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(title).Append("\n\n").Append(introduction.Trim()).Append("\n\n");
        var passed = _rows.Count(r => r.Pass);
        sb.Append(CultureInfo.InvariantCulture, $"**{passed} of {_rows.Count} expectations pass** over {_rows.Select(r => r.File).Distinct().Count()} files.\n\n");
        sb.Append("| file | source of the expectation | expectation | expected | Formcast | tolerance | result |\n");
        sb.Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in _rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{r.File}` | {r.Source} | {Escape(r.What)} | {Escape(r.Expected)} | {Escape(r.Actual)} | {r.Tolerance} | {(r.Pass ? "pass" : "**FAIL**")} |\n");
        }

        return sb.ToString();
    }

    public static string Format(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    public sealed record Row(string File, string Source, string What, string Expected, string Actual, string Tolerance, bool Pass)
    {
        public override string ToString() => $"{File}: {What}: expected {Expected}, got {Actual} ({Tolerance})";
    }
}
