using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// The load of one session with every candidate score and the one chosen. <see cref="Load"/> is on the common scale
/// (100 = one hour at threshold) and comes from <see cref="Source"/>, the first available of power → pace → heart rate →
/// session RPE. Candidates that could not be computed are null.
/// </summary>
public sealed record SessionLoad
{
    /// <summary>Calendar day of the session in the athlete's time zone.</summary>
    public required DateOnly Date { get; init; }

    public ActivityId? ActivityId { get; init; }

    public Sport Sport { get; init; }

    /// <summary>Moving (else elapsed) minutes.</summary>
    public double DurationMinutes { get; init; }

    /// <summary>Chosen load, common scale; 0 when <see cref="Source"/> is <see cref="LoadSource.None"/>.</summary>
    public double Load { get; init; }

    public LoadSource Source { get; init; }

    /// <summary>Power load (100 = one hour at threshold power).</summary>
    public double? PowerLoad { get; init; }

    public double? NormalisedPowerWatts { get; init; }

    /// <summary>Normalised power ÷ threshold power.</summary>
    public double? PowerIntensity { get; init; }

    /// <summary>Pace load (100 = one hour at threshold pace on the flat).</summary>
    public double? PaceLoad { get; init; }

    /// <summary>Moving-time mean grade-adjusted speed, m/s.</summary>
    public double? GradeAdjustedSpeedMetersPerSecond { get; init; }

    /// <summary>Grade-adjusted speed ÷ threshold speed.</summary>
    public double? PaceIntensity { get; init; }

    /// <summary>Heart-rate load (100 = one hour at threshold heart rate).</summary>
    public double? HeartRateLoad { get; init; }

    /// <summary>Banister TRIMP with the configured constant set.</summary>
    public double? BanisterTrimp { get; init; }

    /// <summary>Edwards zonal TRIMP.</summary>
    public double? EdwardsTrimp { get; init; }

    /// <summary>Foster session RPE load, CR-10 × minutes (arbitrary units, before conversion to the common scale).</summary>
    public double? SessionRpeLoad { get; init; }

    public double? AverageHeartRateBpm { get; init; }

    public IReadOnlyList<ZoneTime> HeartRateZones { get; init; } = [];

    public IReadOnlyList<ZoneTime> PaceZones { get; init; } = [];

    public IReadOnlyList<ZoneTime> PowerZones { get; init; } = [];

    /// <summary>First day of the threshold record used, or null when the athlete had none in force.</summary>
    public DateOnly? ThresholdsFrom { get; init; }

    /// <summary>Plain sentences on estimates and fallbacks, e.g. why power was not used.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
