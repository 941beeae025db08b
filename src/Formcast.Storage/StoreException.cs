namespace Formcast.Storage;

/// <summary>
/// A store cannot be opened or written: the message says what is wrong in one line, for the person at the keyboard
/// (a path that does not exist, a malformed connection string, a schema from a newer Formcast, a refused
/// connection). <see cref="IsTransient"/> says whether retrying later can help.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException() { }

    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception innerException) : base(message, innerException) { }

    public StoreException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>True when the same operation may succeed later (server unreachable, database busy).</summary>
    public bool IsTransient { get; }
}
