namespace Formcast.Core;

/// <summary>A race result with the conditions it was run in.</summary>
public sealed record RaceResult
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    public required double DistanceMeters { get; init; }

    public required double TimeSeconds { get; init; }

    public string? Name { get; init; }

    public double? TemperatureCelsius { get; init; }

    public double? RelativeHumidityPercent { get; init; }

    public double? ElevationGainMeters { get; init; }

    /// <summary>Average speed, m/s.</summary>
    public double SpeedMetersPerSecond => DistanceMeters / TimeSeconds;

    public string? Validate()
    {
        if (!(DistanceMeters > 0) || DistanceMeters > 1_000_000) return $"race distance {DistanceMeters} m is outside 0–1000 km";
        if (!(TimeSeconds > 0)) return $"race time {TimeSeconds} s must be positive";
        var speed = SpeedMetersPerSecond;
        if (speed > 12.5) return $"average speed {speed:F2} m/s is faster than any human race";
        if (RelativeHumidityPercent is { } rh && rh is < 0 or > 100) return $"humidity {rh} % is outside 0–100";
        return null;
    }
}
