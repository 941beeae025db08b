namespace Formcast.Formats.Xml.Internal;

/// <summary>Reads one document into a builder that keeps whatever was read before any damage.</summary>
internal interface IXmlDocumentBuilder<out T>
    where T : class
{
    /// <summary>Walks the document; may stop at malformed XML by throwing, leaving its partial state in place.</summary>
    void Read(XmlCursor cursor);

    /// <summary>The value made of what was read, or null when nothing usable was.</summary>
    T? Build();
}
