using System.Globalization;

namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// Collects diagnostics with a cap, so a hostile file cannot make the decoder store millions of them; the overflow
/// is summarised in one final diagnostic.
/// </summary>
internal sealed class FitDiagnostics(FitDecodeOptions options)
{
    private readonly List<FormatDiagnostic> _items = [];
    private int _dropped;

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(DiagnosticSeverity severity, string code, string message, long? offset, string? field = null)
    {
        if (severity == DiagnosticSeverity.Error) HasErrors = true;
        if (_items.Count >= options.MaxDiagnostics)
        {
            _dropped++;
            return;
        }

        _items.Add(new FormatDiagnostic(severity, code, message, options.FileName, offset, Field: field));
    }

    public void Error(string code, string message, long? offset, string? field = null) =>
        Add(DiagnosticSeverity.Error, code, message, offset, field);

    public void Warning(string code, string message, long? offset, string? field = null) =>
        Add(DiagnosticSeverity.Warning, code, message, offset, field);

    public void Info(string code, string message, long? offset, string? field = null) =>
        Add(DiagnosticSeverity.Info, code, message, offset, field);

    public IReadOnlyList<FormatDiagnostic> ToList()
    {
        if (_dropped == 0) return [.. _items];
        return
        [
            .. _items,
            new FormatDiagnostic(
                DiagnosticSeverity.Info,
                "fit.diagnostics.truncated",
                string.Create(CultureInfo.InvariantCulture, $"{_dropped} further diagnostics were not kept"),
                options.FileName),
        ];
    }
}
