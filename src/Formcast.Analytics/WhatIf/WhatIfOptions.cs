using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>Options of the what-if simulation: loads of added sessions and the load-based signal levels.</summary>
public sealed record WhatIfOptions
{
    /// <summary>
    /// Load (common scale, 100 = one hour at threshold) and minutes of a session added by "add N KIND sessions" when the
    /// change gives neither. Formcast's defaults follow from the scale: an hour easy ≈ 45–50, a threshold hour ≈ 80–100,
    /// an interval session with warm-up ≈ 85; replace them with the athlete's own typical sessions when known.
    /// </summary>
    public IReadOnlyDictionary<SessionIntensity, (double Load, double Minutes)> SessionDefaults { get; init; } =
        new Dictionary<SessionIntensity, (double, double)>
        {
            [SessionIntensity.Recovery] = (25, 30),
            [SessionIntensity.Easy] = (45, 50),
            [SessionIntensity.Moderate] = (60, 60),
            [SessionIntensity.Threshold] = (80, 60),
            [SessionIntensity.Intervals] = (85, 60),
            [SessionIntensity.Sprint] = (50, 45),
            [SessionIntensity.Strength] = (40, 50),
            [SessionIntensity.Race] = (120, 60),
        };

    /// <summary>Load and minutes of an added long run.</summary>
    public (double Load, double Minutes) LongRunDefault { get; init; } = (110, 120);

    /// <summary>The week's longest easy or moderate session counts as its long run when at least this long.</summary>
    public double LongRunMinimumMinutes { get; init; } = 75;

    /// <summary>EWMA acute:chronic ratio above which a day is flagged (Gabbett 2016's "danger zone"; a signal, not a
    /// validated injury threshold — Impellizzeri et al. 2021).</summary>
    public double AcwrWarning { get; init; } = 1.5;

    /// <summary>Foster monotony at or above which a day is flagged (Runalyze's critical level).</summary>
    public double MonotonyWarning { get; init; } = FosterMonotony.Critical;

    /// <summary>Weekly fitness ramp above which a day is flagged (a coaching rule of thumb of about 5–8 points per week
    /// on the 100-per-threshold-hour scale; not a validated threshold).</summary>
    public double RampRateWarning { get; init; } = 8;

    /// <summary>Conventions of the simulated daily state (must match those of the stored history).</summary>
    public DailyStateOptions DailyState { get; init; } = new();
}
