using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// Reads a FIT activity straight into the format-neutral <see cref="RecordedFile"/>: device from file_id and
/// device_info, one <see cref="RecordedSession"/> per FIT session (so multisport files split per sport), laps, and
/// sample streams from record messages (enhanced speed and altitude preferred, positions in degrees, developer fields
/// as extra channels named by their field_description), heart rate merged from hr messages where records lack it, and
/// RR intervals from hrv messages. Records stream from the <see cref="FitReader"/> into pooled columns without
/// materializing messages.
/// </summary>
public static class FitActivityReader
{
    public static DecodeResult<RecordedFile> Read(ReadOnlySpan<byte> bytes, FitDecodeOptions? options = null)
    {
        options ??= FitDecodeOptions.Default;
        using var builder = new FitActivityBuilder(options);
        var reader = new FitReader(bytes, options);
        while (reader.Read()) builder.Accept(reader);

        if (reader.Segments.Count == 0 || (options.Mode == DecodeMode.Strict && reader.HasErrors))
            return DecodeResult.Failure<RecordedFile>([.. reader.Diagnostics, .. builder.Diagnostics]);

        var file = builder.Build();
        IReadOnlyList<FormatDiagnostic> diagnostics = [.. reader.Diagnostics, .. builder.Diagnostics];
        return reader.HasErrors ? DecodeResult.Partial(file, diagnostics) : DecodeResult.Success(file, diagnostics);
    }
}
