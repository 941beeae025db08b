namespace Formcast.Formats;

/// <summary>How bad a decoding diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something unusual that changed nothing (e.g. an unknown message kept generically).</summary>
    Info = 0,

    /// <summary>Data was recovered or a value flagged, but the result is usable (lenient mode).</summary>
    Warning = 1,

    /// <summary>The input could not be decoded (in full, in strict mode).</summary>
    Error = 2,
}
