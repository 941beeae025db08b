namespace Formcast.Analytics;

/// <summary>
/// Acute:chronic workload ratios. Reported as one explained signal, never a verdict: coupling the acute week into the
/// chronic window creates spurious correlation (Lolli et al. 2019, BJSM 53:921), the 0.8–1.3 "sweet spot" is not
/// supported once load is continuous, and Impellizzeri et al. 2021 (Sports Med 51:581) argue the ratio should be
/// dismissed as an injury predictor.
/// </summary>
public static class AcuteChronicWorkloadRatio
{
    /// <summary>Rolling coupled (Hulin et al. 2014): 7-day load ÷ (28-day load ÷ 4), the acute week inside the chronic
    /// window. <paramref name="last28Days"/> ends today (index 27); null when the chronic load is 0.</summary>
    public static double? RollingCoupled(ReadOnlySpan<double> last28Days)
    {
        if (last28Days.Length != 28) throw new ArgumentException("exactly 28 daily loads are required", nameof(last28Days));
        var chronic = Stats.Sum(last28Days) / 4;
        return chronic > 0 ? Stats.Sum(last28Days[21..]) / chronic : null;
    }

    /// <summary>Rolling uncoupled: mean load of days t−6…t ÷ mean load of days t−27…t−7. Null when the chronic mean is 0.</summary>
    public static double? RollingUncoupled(ReadOnlySpan<double> last28Days)
    {
        if (last28Days.Length != 28) throw new ArgumentException("exactly 28 daily loads are required", nameof(last28Days));
        var chronic = Stats.Sum(last28Days[..21]) / 21;
        return chronic > 0 ? Stats.Sum(last28Days[21..]) / 7 / chronic : null;
    }

    /// <summary>EWMA weight of Williams et al. 2017 (BJSM 51:209): λ = 2/(N + 1); 0.25 for N = 7, 0.0690 for N = 28.</summary>
    public static double EwmaLambda(double days) => FitnessFatigue.Lambda(LoadWeighting.Runalyze, days);

    /// <summary>EWMA ratio acute ÷ chronic; null when the chronic average is 0.</summary>
    public static double? Ewma(double acute, double chronic) => chronic > 0 ? acute / chronic : null;
}
