namespace Formcast.Core;

/// <summary>A lap or split within an activity.</summary>
public sealed record Lap(
    DateTimeOffset StartUtc,
    double DurationSeconds,
    double? DistanceMeters = null,
    double? AverageHeartRateBpm = null,
    double? MaxHeartRateBpm = null,
    double? AverageSpeedMetersPerSecond = null,
    double? AveragePowerWatts = null,
    double? AverageCadencePerMinute = null,
    string? Trigger = null);
