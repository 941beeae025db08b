using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Xml.Internal;

/// <summary>The decode-then-map sequence shared by the TCX and GPX readers.</summary>
internal static class XmlActivityReader
{
    public static DecodeResult<TDocument> ReadDocument<TDocument>(
        Stream stream, string? file, XmlActivityOptions? options, string codePrefix, IXmlDocumentBuilder<TDocument> builder)
        where TDocument : class
    {
        options ??= XmlActivityOptions.Default;
        var diagnostics = new DiagnosticCollector(file, codePrefix, options.MaxDiagnostics);
        return XmlDocumentDecoder.Decode(stream, options, diagnostics, codePrefix, builder);
    }

    public static DecodeResult<RecordedFile> Read<TDocument>(
        Stream stream,
        string? file,
        XmlActivityOptions? options,
        string codePrefix,
        IXmlDocumentBuilder<TDocument> builder,
        Func<TDocument, DiagnosticCollector, RecordedFile> map)
        where TDocument : class
    {
        options ??= XmlActivityOptions.Default;
        var diagnostics = new DiagnosticCollector(file, codePrefix, options.MaxDiagnostics);
        var document = XmlDocumentDecoder.Decode(stream, options, diagnostics, codePrefix, builder);
        if (document.Value is null) return DecodeResult.Failure<RecordedFile>(document.Diagnostics);

        var recorded = map(document.Value, diagnostics);
        var all = diagnostics.ToList();
        return document.Succeeded ? DecodeResult.Success(recorded, all) : DecodeResult.Partial(recorded, all);
    }
}
