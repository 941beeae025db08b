namespace Formcast.Core;

/// <summary>Thrown when an access context asks for data its memberships do not grant. Not retryable.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException() : base("access denied") { }

    public AccessDeniedException(string message) : base(message) { }

    public AccessDeniedException(string message, Exception innerException) : base(message, innerException) { }
}
