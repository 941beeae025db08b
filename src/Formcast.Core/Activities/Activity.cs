namespace Formcast.Core;

/// <summary>
/// One training session: recorded by a device (with sample streams) or entered by hand (summary only).
/// Summary values are what the source reported or, when it gave none, what was computed from the streams.
/// </summary>
public sealed record Activity
{
    public required ActivityId Id { get; init; }

    public required AthleteId AthleteId { get; init; }

    public Sport Sport { get; init; }

    /// <summary>Finer sport label from the source, e.g. "trail", "track", "indoor_cycling".</summary>
    public string? SubSport { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>Elapsed time from start to end, seconds.</summary>
    public required double DurationSeconds { get; init; }

    /// <summary>Time in motion (timer time), seconds, when the source gives it.</summary>
    public double? MovingSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public double? AverageHeartRateBpm { get; init; }

    public double? MaxHeartRateBpm { get; init; }

    public double? AveragePowerWatts { get; init; }

    public double? AscentMeters { get; init; }

    public double? EnergyKilocalories { get; init; }

    public DeviceInfo? Device { get; init; }

    /// <summary>Format of the source file ("fit", "tcx", "gpx", "manual", "synthetic").</summary>
    public string SourceFormat { get; init; } = "manual";

    /// <summary>SHA-256 of the source file's bytes (lower-case hex), used to make re-imports a no-op.</summary>
    public string? SourceFileSha256 { get; init; }

    /// <summary>Free-text notes; sensitive.</summary>
    [Sensitive]
    public string? Notes { get; init; }

    public IReadOnlyList<Lap> Laps { get; init; } = [];

    /// <summary>Sample streams, when recorded. Stores may load activities without them (summary reads).</summary>
    public SampleStreams? Streams { get; init; }

    public DateTimeOffset EndUtc => StartUtc.AddSeconds(DurationSeconds);

    public string? Validate()
    {
        if (!(DurationSeconds >= 0) || DurationSeconds > 7 * 86400) return $"duration {DurationSeconds} s is outside 0–7 days";
        if (DistanceMeters is { } d && !(d >= 0)) return $"distance {d} m is negative";
        if (Streams is { Count: > 0 } s && s.TimeSeconds[^1] > DurationSeconds + 86400)
            return $"streams run {s.TimeSeconds[^1]} s, far beyond the duration of {DurationSeconds} s";
        return null;
    }
}
