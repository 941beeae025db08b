namespace Formcast.Core;

/// <summary>
/// The central derived unit: one row per athlete per calendar day in the athlete's time zone, holding that day's
/// load, fitness/fatigue/form, acute:chronic ratios, monotony, readiness and data-quality caveats. Models, reports,
/// the twin and the planner read athlete-days; nothing downstream re-parses files. Conventions used are named in
/// <see cref="Provenance"/>; further numeric features live in <see cref="Metrics"/> under documented names.
/// </summary>
public sealed record AthleteDay
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    public DayStatus Status { get; init; }

    /// <summary>Total training load of the day, arbitrary units of the chosen source.</summary>
    public double Load { get; init; }

    public LoadSource LoadSource { get; init; }

    public int SessionCount { get; init; }

    public double TrainingMinutes { get; init; }

    /// <summary>Long-term exponentially weighted load (default time constant 42 days).</summary>
    public double? Fitness { get; init; }

    /// <summary>Short-term exponentially weighted load (default time constant 7 days).</summary>
    public double? Fatigue { get; init; }

    /// <summary>Fitness − fatigue, on the day named by the provenance ("today" or "tomorrow" convention).</summary>
    public double? Form { get; init; }

    /// <summary>Change in fitness over the last 7 days.</summary>
    public double? RampRate { get; init; }

    /// <summary>7-day load ÷ (28-day load ÷ 4); the acute week is part of the chronic window.</summary>
    public double? AcwrRollingCoupled { get; init; }

    /// <summary>Mean load days t−6…t ÷ mean load days t−27…t−7.</summary>
    public double? AcwrRollingUncoupled { get; init; }

    /// <summary>EWMA acute ÷ EWMA chronic (Williams et al. 2017, λ = 2/(N+1), N = 7 and 28).</summary>
    public double? AcwrEwma { get; init; }

    /// <summary>Foster monotony: mean ÷ SD of the last 7 daily loads.</summary>
    public double? Monotony { get; init; }

    /// <summary>Foster strain: weekly load × monotony.</summary>
    public double? Strain { get; init; }

    /// <summary>Readiness 0–100 against personal baselines, when enough baseline exists.</summary>
    public double? Readiness { get; init; }

    public IReadOnlyList<ReadinessContributor> ReadinessContributors { get; init; } = [];

    public DayQualityFlags Quality { get; init; }

    /// <summary>Further features by documented name (e.g. "load_7d", "hrv_ln_rmssd_7d").</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Algorithm version and conventions used, e.g. "analytics/1; ewma=exp 42/7; form=today".</summary>
    public string Provenance { get; init; } = "";
}
