namespace Formcast.Formats.Tcx;

/// <summary>
/// One TCX <c>Lap</c> with its summary as the device wrote it and the lap extension (<c>LX</c>) values.
/// Absent values are null.
/// </summary>
public sealed record TcxLap
{
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Timer time of the lap (<c>TotalTimeSeconds</c>), seconds.</summary>
    public double? TotalTimeSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public double? MaximumSpeedMetersPerSecond { get; init; }

    /// <summary>Energy, kilocalories; some exporters write fractions.</summary>
    public double? Calories { get; init; }

    public double? AverageHeartRateBpm { get; init; }

    public double? MaximumHeartRateBpm { get; init; }

    /// <summary>The schema's lap <c>Cadence</c> (bike), revolutions per minute.</summary>
    public double? Cadence { get; init; }

    /// <summary>"Active" or "Resting".</summary>
    public string? Intensity { get; init; }

    /// <summary>"Manual", "Distance", "Location", "Time" or "HeartRate".</summary>
    public string? TriggerMethod { get; init; }

    public string? Notes { get; init; }

    /// <summary><c>LX/AvgSpeed</c>, metres per second.</summary>
    public double? AverageSpeedMetersPerSecond { get; init; }

    /// <summary><c>LX/AvgRunCadence</c>, strides per minute.</summary>
    public double? AverageRunCadence { get; init; }

    /// <summary><c>LX/MaxRunCadence</c>, strides per minute.</summary>
    public double? MaximumRunCadence { get; init; }

    /// <summary><c>LX/MaxBikeCadence</c>, revolutions per minute.</summary>
    public double? MaximumBikeCadence { get; init; }

    /// <summary><c>LX/AvgWatts</c>, watts.</summary>
    public double? AveragePowerWatts { get; init; }

    /// <summary><c>LX/MaxWatts</c>, watts.</summary>
    public double? MaximumPowerWatts { get; init; }

    /// <summary><c>LX/Steps</c>.</summary>
    public double? Steps { get; init; }

    /// <summary>The lap's track points in file order (all <c>Track</c> elements of the lap, concatenated).</summary>
    public IReadOnlyList<TcxTrackpoint> Trackpoints { get; init; } = [];
}
