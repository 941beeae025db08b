using Formcast.Core;

namespace Formcast.Formats;

/// <summary>
/// One sport segment of a recorded file, independent of the file format: summary, laps and sample streams.
/// A multisport file (e.g. a triathlon) yields one segment per sport.
/// </summary>
public sealed record RecordedSession
{
    public required Sport Sport { get; init; }

    public string? SubSport { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    public required double DurationSeconds { get; init; }

    public double? MovingSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public double? AverageHeartRateBpm { get; init; }

    public double? MaxHeartRateBpm { get; init; }

    public double? AveragePowerWatts { get; init; }

    public double? AscentMeters { get; init; }

    public double? EnergyKilocalories { get; init; }

    public IReadOnlyList<Lap> Laps { get; init; } = [];

    public SampleStreams? Streams { get; init; }
}
