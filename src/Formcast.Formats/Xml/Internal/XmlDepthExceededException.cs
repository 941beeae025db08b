namespace Formcast.Formats.Xml.Internal;

/// <summary>Raised inside a reader when nesting passes the configured depth; the reader turns it into a diagnostic.</summary>
internal sealed class XmlDepthExceededException : Exception
{
    public XmlDepthExceededException()
    {
    }

    public XmlDepthExceededException(string message)
        : base(message)
    {
    }

    public XmlDepthExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public XmlDepthExceededException(int maxDepth, int line, int column)
        : base($"elements are nested deeper than {maxDepth} levels")
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
