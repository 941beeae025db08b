namespace Formcast.Learning;

/// <summary>A model file is damaged, from an unknown version, or holds values a model cannot have (NaN weights,
/// inconsistent shapes). Names the field and byte offset. Not retryable: the file must be replaced.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException() { }

    public ModelFormatException(string message) : base(message) { }

    public ModelFormatException(string message, Exception innerException) : base(message, innerException) { }

    public ModelFormatException(string field, long offset, string problem)
        : base($"model file field '{field}' at byte {offset}: {problem}")
    {
        Field = field;
        Offset = offset;
    }

    public string? Field { get; }

    public long Offset { get; }
}
