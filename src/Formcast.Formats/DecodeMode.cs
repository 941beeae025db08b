namespace Formcast.Formats;

/// <summary>What a decoder does on a damaged input.</summary>
public enum DecodeMode
{
    /// <summary>Keep what was readable, report the damage as diagnostics, and return a partial result.</summary>
    Lenient = 0,

    /// <summary>Any integrity error (bad CRC, truncation) fails the whole file.</summary>
    Strict = 1,
}
