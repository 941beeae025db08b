using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// How a session's load is computed. Every choice is a named convention (see docs/conventions.md) and appears in the
/// provenance of the days it feeds.
/// </summary>
public sealed record SessionLoadOptions
{
    /// <summary>Constants (and summation) of the Banister TRIMP behind the heart-rate load. Default Morton 1990.</summary>
    public TrimpConstantSet Trimp { get; init; } = TrimpConstantSet.Morton;

    /// <summary>Sports whose power stream (or average power) is scored against threshold power. Default cycling only,
    /// because <see cref="PhysiologicalThresholds.ThresholdPowerWatts"/> is a cycling anchor and running power meters
    /// need their own.</summary>
    public IReadOnlySet<Sport> PowerSports { get; init; } = new HashSet<Sport> { Sport.Cycling };

    /// <summary>Sports scored by grade-adjusted pace against threshold pace. Default running.</summary>
    public IReadOnlySet<Sport> PaceSports { get; init; } = new HashSet<Sport> { Sport.Running, Sport.DistanceRunning };

    /// <summary>
    /// Session-RPE units (CR-10 × minutes) that equal one hour at threshold (100 on the common scale). Formcast's anchor is
    /// 420: an hour rated 7 ("very hard") on Foster's CR-10, about what a one-hour threshold effort is rated. This is a
    /// Formcast convention, not a published equivalence; squads scored only by RPE can set it to 100 to keep Foster's
    /// arbitrary units unchanged.
    /// </summary>
    public double SessionRpeUnitsPerThresholdHour { get; init; } = 420;

    /// <summary>
    /// When the thresholds give no lactate-threshold heart rate, the heart-rate load uses rest + this fraction of the
    /// heart-rate reserve as threshold (0.85, within the 80–90 % HRR range where lactate threshold usually lies); null
    /// disables the estimate and leaves such sessions to session RPE.
    /// </summary>
    public double? EstimatedThresholdReserveFraction { get; init; } = 0.85;

    /// <summary>Longest interval one sample may stand for, seconds (longer gaps are pauses).</summary>
    public double MaxSampleIntervalSeconds { get; init; } = SampleDurations.DefaultMaxIntervalSeconds;

    /// <summary>Power gaps longer than this many seconds count as zero power (stopped) in normalised power.</summary>
    public double MaxPowerGapSeconds { get; init; } = 5;

    /// <summary>Throws naming the first invalid option.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Trimp)) throw new ArgumentOutOfRangeException(nameof(Trimp), Trimp, "unknown TRIMP constant set");
        if (!(SessionRpeUnitsPerThresholdHour > 0)) throw new ArgumentOutOfRangeException(nameof(SessionRpeUnitsPerThresholdHour), SessionRpeUnitsPerThresholdHour, "must be positive");
        if (EstimatedThresholdReserveFraction is { } f && f is not (> 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(EstimatedThresholdReserveFraction), f, "must lie strictly between 0 and 1");
        if (!(MaxSampleIntervalSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(MaxSampleIntervalSeconds), MaxSampleIntervalSeconds, "must be positive");
        if (!(MaxPowerGapSeconds >= 0)) throw new ArgumentOutOfRangeException(nameof(MaxPowerGapSeconds), MaxPowerGapSeconds, "must be zero or positive");
    }

    /// <summary>Short provenance fragment, e.g. "trimp=morton; rpe=420/h".</summary>
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"load=power>pace>hr>rpe; trimp={Trimp.ToString().ToLowerInvariant()}; rpe={SessionRpeUnitsPerThresholdHour:0.###}/h");
}
