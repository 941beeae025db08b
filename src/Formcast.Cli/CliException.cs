namespace Formcast.Cli;

/// <summary>A problem with what the user asked for (unknown athlete, bad value): printed as one line, exit code 1.</summary>
public sealed class CliException : Exception
{
    public CliException() { }

    public CliException(string message) : base(message) { }

    public CliException(string message, Exception innerException) : base(message, innerException) { }
}
