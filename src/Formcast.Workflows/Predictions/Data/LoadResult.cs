using Formcast.Formats;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>What a dataset loader returns: the value when it could be read, and every diagnostic (a file that could not
/// be read is an error and no value; rows that were skipped are warnings next to the value).</summary>
internal sealed record LoadResult<T>(T? Value, IReadOnlyList<FormatDiagnostic> Diagnostics)
    where T : class
{
    public bool Succeeded => Value is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    public static LoadResult<T> Failure(string code, string message, string file) =>
        new(null, [new FormatDiagnostic(DiagnosticSeverity.Error, code, message, file)]);
}
