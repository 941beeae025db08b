using System.Globalization;

namespace Formcast.Analytics;

/// <summary>
/// Conventions of the daily athlete state. Defaults follow GoldenCheetah for fitness/fatigue (λ = 1 − e^(−1/N),
/// 42/7 days, form shown the following day), Williams et al. 2017 for the EWMA acute:chronic ratio, Foster 1998 with
/// Runalyze's cap for monotony, and HRV4Training/AthleteMonitoring for readiness. <see cref="Describe"/> writes them into
/// every athlete-day's provenance; docs/conventions.md lists each with its source and how to switch it.
/// </summary>
public sealed record DailyStateOptions
{
    /// <summary>Version of the daily-state algorithm, first element of the provenance.</summary>
    public const string AlgorithmVersion = "analytics/1";

    /// <summary>Length of the rolling acute:chronic windows (fixed by their definition: 7 and 28 days).</summary>
    public const int RollingChronicDays = 28;

    /// <summary>Session-load conventions, named in the provenance (the sessions themselves are scored beforehand).</summary>
    public SessionLoadOptions SessionLoad { get; init; } = new();

    /// <summary>Fitness time constant, days.</summary>
    public double FitnessDays { get; init; } = 42;

    /// <summary>Fatigue time constant, days.</summary>
    public double FatigueDays { get; init; } = 7;

    public LoadWeighting Weighting { get; init; } = LoadWeighting.ExponentialDecay;

    public FormDay FormDay { get; init; } = FormDay.Tomorrow;

    /// <summary>Ramp rate = fitness today − fitness this many days ago.</summary>
    public int RampDays { get; init; } = 7;

    /// <summary>EWMA acute span N (λ = 2/(N+1), Williams et al. 2017).</summary>
    public double EwmaAcuteDays { get; init; } = 7;

    /// <summary>EWMA chronic span N.</summary>
    public double EwmaChronicDays { get; init; } = 28;

    /// <summary>Monotony when the week's loads are identical and non-zero.</summary>
    public double MonotonyCap { get; init; } = FosterMonotony.DefaultCap;

    /// <summary>Days of load history below which chronic numbers are provisional.</summary>
    public int ShortHistoryDays { get; init; } = 28;

    public ReadinessOptions Readiness { get; init; } = new();

    /// <summary>Stored athlete-days (ending the day before) that an incremental update needs.</summary>
    public int CarryDays => Math.Max(RollingChronicDays, RampDays + 1);

    /// <summary>Days of raw wellness before the first day to compute that readiness baselines need.</summary>
    public int RawLookbackDays => Readiness.LookbackDays;

    public void Validate()
    {
        SessionLoad.Validate();
        Readiness.Validate();
        if (!(FitnessDays > 0)) throw new ArgumentOutOfRangeException(nameof(FitnessDays), FitnessDays, "must be positive");
        if (!(FatigueDays > 0)) throw new ArgumentOutOfRangeException(nameof(FatigueDays), FatigueDays, "must be positive");
        if (!Enum.IsDefined(Weighting)) throw new ArgumentOutOfRangeException(nameof(Weighting), Weighting, "unknown weighting");
        if (!Enum.IsDefined(FormDay)) throw new ArgumentOutOfRangeException(nameof(FormDay), FormDay, "unknown form day");
        if (RampDays is < 1 or > 365) throw new ArgumentOutOfRangeException(nameof(RampDays), RampDays, "must lie in 1–365");
        if (!(EwmaAcuteDays > 0)) throw new ArgumentOutOfRangeException(nameof(EwmaAcuteDays), EwmaAcuteDays, "must be positive");
        if (!(EwmaChronicDays > EwmaAcuteDays)) throw new ArgumentOutOfRangeException(nameof(EwmaChronicDays), EwmaChronicDays, "must exceed EwmaAcuteDays");
        if (!(MonotonyCap > 0)) throw new ArgumentOutOfRangeException(nameof(MonotonyCap), MonotonyCap, "must be positive");
        if (ShortHistoryDays < 0) throw new ArgumentOutOfRangeException(nameof(ShortHistoryDays), ShortHistoryDays, "must be zero or positive");
    }

    /// <summary>The provenance string naming every convention, e.g.
    /// "analytics/1; load=power>pace>hr>rpe; trimp=morton; …; ewma=exp 42/7; form=tomorrow; …".</summary>
    public string Describe()
    {
        var weighting = Weighting switch
        {
            LoadWeighting.ExponentialDecay => "exp",
            LoadWeighting.Reciprocal => "1/n",
            _ => "2/(n+1)",
        };
        var form = FormDay == FormDay.Today ? "today" : "tomorrow";
        return string.Create(CultureInfo.InvariantCulture,
            $"{AlgorithmVersion}; {SessionLoad.Describe()}; ewma={weighting} {FitnessDays:0.###}/{FatigueDays:0.###}; form={form}; ramp={RampDays}d; " +
            $"acwr=rolling 7/28 coupled+uncoupled, ewma 2/(n+1) {EwmaAcuteDays:0.###}/{EwmaChronicDays:0.###}; monotony=foster 7d pop-sd cap {MonotonyCap:0.###}; " +
            $"{Readiness.Describe()}; not-recorded=0");
    }
}
