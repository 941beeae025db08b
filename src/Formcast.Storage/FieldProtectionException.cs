namespace Formcast.Storage;

/// <summary>A protected field could not be recovered: its scheme is unknown or its key was erased. Not retryable.</summary>
public sealed class FieldProtectionException : Exception
{
    public FieldProtectionException() { }

    public FieldProtectionException(string message) : base(message) { }

    public FieldProtectionException(string message, Exception innerException) : base(message, innerException) { }
}
