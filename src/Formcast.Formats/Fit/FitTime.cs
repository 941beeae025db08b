namespace Formcast.Formats.Fit;

/// <summary>
/// FIT time: <c>date_time</c> counts seconds since 1989-12-31T00:00:00Z (Unix 631065600); values below 0x10000000 are
/// device-relative "system time", not dates (FIT-FACTS §6; fitdecode <c>FIT_UTC_REFERENCE</c>, <c>FIT_DATETIME_MIN</c>).
/// </summary>
public static class FitTime
{
    /// <summary>The FIT epoch, 1989-12-31T00:00:00Z.</summary>
    public static readonly DateTimeOffset Epoch = new(1989, 12, 31, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Unix seconds of the FIT epoch.</summary>
    public const long EpochUnixSeconds = 631065600;

    /// <summary>Smallest value that is an absolute date; smaller values are seconds of device-relative time.</summary>
    public const uint MinAbsolute = 0x10000000;

    public static DateTimeOffset ToDateTime(uint fitSeconds) => Epoch.AddSeconds(fitSeconds);

    public static DateTimeOffset ToDateTime(double fitSeconds) => Epoch.AddTicks((long)Math.Round(fitSeconds * TimeSpan.TicksPerSecond));

    /// <summary>Seconds since the FIT epoch of <paramref name="time"/> (fractional when it has sub-second ticks).</summary>
    public static double ToFitSeconds(DateTimeOffset time) => (time - Epoch).Ticks / (double)TimeSpan.TicksPerSecond;

    public static bool IsAbsolute(uint fitSeconds) => fitSeconds >= MinAbsolute;
}
