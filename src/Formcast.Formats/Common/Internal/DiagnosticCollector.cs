using System.Globalization;

namespace Formcast.Formats.Common.Internal;

/// <summary>
/// Collects the diagnostics of one input, attributing them to its file and keeping at most a fixed number so that
/// a file with a million bad values yields a bounded report (the overflow is counted in one closing diagnostic).
/// </summary>
internal sealed class DiagnosticCollector
{
    private readonly List<FormatDiagnostic> _items = [];
    private readonly int _limit;
    private readonly string _codePrefix;
    private int _dropped;
    private int _errorCount;

    public DiagnosticCollector(string? file, string codePrefix, int limit)
    {
        File = file;
        _codePrefix = codePrefix;
        _limit = limit;
    }

    public string? File { get; }

    public bool HasErrors => _errorCount > 0;

    public int ErrorCount => _errorCount;

    public void Add(FormatDiagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error) _errorCount++;
        if (_items.Count >= _limit)
        {
            _dropped++;
            return;
        }

        _items.Add(diagnostic.File is null && File is not null ? diagnostic.InFile(File) : diagnostic);
    }

    public void Add(DiagnosticSeverity severity, string code, string message, int? line = null, int? column = null, string? field = null, long? byteOffset = null) =>
        Add(new FormatDiagnostic(severity, code, message, File, byteOffset, line, column, field));

    /// <summary>The diagnostics in the order met, closed by a count of those left out.</summary>
    public IReadOnlyList<FormatDiagnostic> ToList()
    {
        if (_dropped == 0) return _items.ToArray();
        var list = new List<FormatDiagnostic>(_items.Count + 1);
        list.AddRange(_items);
        list.Add(new FormatDiagnostic(
            DiagnosticSeverity.Info,
            _codePrefix + ".diagnostics.truncated",
            string.Create(CultureInfo.InvariantCulture, $"{_dropped} further diagnostics were not kept (limit {_limit})"),
            File));
        return list;
    }
}
