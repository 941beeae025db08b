namespace Formcast.Core;

/// <summary>Units and direction of the standard tests.</summary>
public static class PerformanceTestKinds
{
    public static string UnitOf(PerformanceTestKind kind) => kind switch
    {
        PerformanceTestKind.Vo2Max => "ml/kg/min",
        PerformanceTestKind.CountermovementJump => "cm",
        PerformanceTestKind.Sprint30m or PerformanceTestKind.TimeTrial => "s",
        PerformanceTestKind.FiveMinutePower or PerformanceTestKind.TwentyMinutePower or PerformanceTestKind.PeakPower => "W",
        PerformanceTestKind.YoYoIntermittentRecovery1 or PerformanceTestKind.ThrowDistance => "m",
        _ => "",
    };

    /// <summary>True when a larger value is a better result (false for times).</summary>
    public static bool HigherIsBetter(PerformanceTestKind kind) =>
        kind is not (PerformanceTestKind.Sprint30m or PerformanceTestKind.TimeTrial);
}
