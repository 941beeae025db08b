namespace Formcast.Analytics;

/// <summary>Documented names of the numbers Formcast keeps in <see cref="Formcast.Core.AthleteDay.Metrics"/>.</summary>
public static class MetricNames
{
    /// <summary>Sum of the last 7 daily loads (today included).</summary>
    public const string Load7Days = "load_7d";

    /// <summary>Sum of the last 28 daily loads (today included).</summary>
    public const string Load28Days = "load_28d";

    /// <summary>Days of load history up to and including today.</summary>
    public const string LoadHistoryDays = "load_history_days";

    /// <summary>EWMA acute load (Williams λ).</summary>
    public const string EwmaAcute = "acwr_ewma_acute";

    /// <summary>EWMA chronic load (Williams λ).</summary>
    public const string EwmaChronic = "acwr_ewma_chronic";

    /// <summary>Fitness − fatigue after today's training, whatever <see cref="FormDay"/> shows.</summary>
    public const string FormEndOfDay = "form_end_of_day";

    /// <summary>Sum of the day's Banister TRIMP.</summary>
    public const string BanisterTrimp = "trimp_banister";

    /// <summary>Sum of the day's Edwards zonal TRIMP.</summary>
    public const string EdwardsTrimp = "trimp_edwards";

    /// <summary>Sum of the day's Foster session-RPE load (CR-10 × minutes).</summary>
    public const string SessionRpeLoad = "srpe_load";

    /// <summary>Weighted mean readiness z-score behind <see cref="Formcast.Core.AthleteDay.Readiness"/>.</summary>
    public const string ReadinessZ = "readiness_z";
}
