namespace Formcast.Formats;

/// <summary>
/// The outcome of decoding expected-to-be-bad input: a value (possibly partial, in lenient mode) and the
/// diagnostics met on the way. Decoders return this instead of throwing for anything a file can contain.
/// </summary>
public sealed class DecodeResult<T>
    where T : class
{
    internal DecodeResult(T? value, IReadOnlyList<FormatDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The decoded value; null when nothing usable could be read.</summary>
    public T? Value { get; }

    public IReadOnlyList<FormatDiagnostic> Diagnostics { get; }

    /// <summary>True when a value exists and no diagnostic is an error.</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The first error, if any.</summary>
    public FormatDiagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Factories for <see cref="DecodeResult{T}"/>.</summary>
public static class DecodeResult
{
    public static DecodeResult<T> Success<T>(T value, IReadOnlyList<FormatDiagnostic>? diagnostics = null)
        where T : class => new(value, diagnostics ?? []);

    /// <summary>A value recovered despite errors (lenient mode): usable, but <c>Succeeded</c> is false.</summary>
    public static DecodeResult<T> Partial<T>(T value, IReadOnlyList<FormatDiagnostic> diagnostics)
        where T : class => new(value, diagnostics);

    public static DecodeResult<T> Failure<T>(IReadOnlyList<FormatDiagnostic> diagnostics)
        where T : class => new(null, diagnostics);

    public static DecodeResult<T> Failure<T>(FormatDiagnostic diagnostic)
        where T : class => new(null, [diagnostic]);
}
