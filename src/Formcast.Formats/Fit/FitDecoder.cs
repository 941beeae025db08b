namespace Formcast.Formats.Fit;

/// <summary>
/// Decodes a whole FIT input into a <see cref="FitFile"/>. Damage is reported, never thrown: in lenient mode the
/// result keeps every message read before (and, for chained files, after) the damage; in strict mode any error
/// fails the decode.
/// </summary>
public static class FitDecoder
{
    public static DecodeResult<FitFile> Decode(ReadOnlySpan<byte> bytes, FitDecodeOptions? options = null)
    {
        options ??= FitDecodeOptions.Default;
        var reader = new FitReader(bytes, options);
        var messages = new List<FitMessage>();
        while (reader.Read()) messages.Add(reader.Materialize());

        var diagnostics = reader.Diagnostics;
        if (reader.Segments.Count == 0 || (options.Mode == DecodeMode.Strict && reader.HasErrors))
            return DecodeResult.Failure<FitFile>(diagnostics);

        var file = new FitFile(reader.Segments, messages);
        return reader.HasErrors ? DecodeResult.Partial(file, diagnostics) : DecodeResult.Success(file, diagnostics);
    }
}
