namespace Formcast.Cli;

/// <summary>Process exit codes (sysexits.h where one fits).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The request could not be done: unknown athlete, unreadable store, bad value.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>A bug: something Formcast did not expect.</summary>
    public const int Internal = 70;

    public const int Interrupted = 130;
}
