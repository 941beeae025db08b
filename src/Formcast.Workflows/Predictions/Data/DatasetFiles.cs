using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Workflows.Learning.Internal;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>Shared reading helpers of the dataset loaders: tables, fields, invariant numbers, diagnostics, stable ids.</summary>
internal static class DatasetFiles
{
    /// <summary>A deterministic athlete id from a dataset-qualified name, so reruns give the same ids.</summary>
    internal static AthleteId StableId(string key) => new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)));

    internal static CsvTable? ReadTable(string path, List<FormatDiagnostic> diagnostics, bool required)
    {
        if (!File.Exists(path))
        {
            if (required) diagnostics.Add(Warning("data.missing", "file not found", path));
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var (table, error) = CsvTable.Read(reader, path);
            if (error is not null) diagnostics.Add(error with { Severity = DiagnosticSeverity.Warning });
            return table;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Warning("data.unreadable", e.Message, path));
            return null;
        }
    }

    internal static int Column(CsvTable table, string name) => Array.FindIndex(table.Header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));

    internal static string Field(string[] row, int column) => column >= 0 && column < row.Length ? row[column].Trim() : "";

    /// <summary>An invariant number, or null for empty cells, "NA" and text.</summary>
    internal static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    internal static FormatDiagnostic Info(string code, string message, string file) => new(DiagnosticSeverity.Info, code, message, file);

    internal static FormatDiagnostic Warning(string code, string message, string file, int? line = null) =>
        new(DiagnosticSeverity.Warning, code, message, file, Line: line);
}
