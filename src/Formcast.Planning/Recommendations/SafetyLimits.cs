using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Hard limits every recommendation passes through, whichever planner proposed it. Defaults: the week's load may
/// rise at most 10 % over the previous week's (the common "10 % rule"; Buist et al. 2008, AJSM 36:33 found no
/// injury difference for slower builds in novices, so treat it as a conservative ceiling, not a cure), a day's load
/// at most twice the chronic daily load, sessions at most 150 min, at least one rest day in any seven, hard
/// sessions only when HRV is inside its normal band (Vesterinen et al. 2016), and injuries turning the day into
/// rest (time-loss injury) or an easy session (no time loss). Coach-set sessions always win over all of these.
/// </summary>
public sealed record SafetyLimits
{
    public double MaxWeeklyRamp { get; init; } = 0.10;

    public double MaxDailyLoadRatio { get; init; } = 2.0;

    public double MaxSessionMinutes { get; init; } = 150;

    public int MaxConsecutiveTrainingDays { get; init; } = 6;

    public bool HrvGuard { get; init; } = true;

    public double HrvBandSd { get; init; } = 0.5;

    /// <summary>Longest session allowed while an injury without time loss is reported, minutes.</summary>
    public double InjuredEasyMinutes { get; init; } = 30;

    public void Validate()
    {
        OptionCheck.InRange(MaxWeeklyRamp, 0, 1, nameof(MaxWeeklyRamp));
        OptionCheck.Positive(MaxDailyLoadRatio, nameof(MaxDailyLoadRatio));
        OptionCheck.Positive(MaxSessionMinutes, nameof(MaxSessionMinutes));
        OptionCheck.InRange(MaxConsecutiveTrainingDays, 1, 30, nameof(MaxConsecutiveTrainingDays));
        OptionCheck.Positive(HrvBandSd, nameof(HrvBandSd));
        OptionCheck.NonNegative(InjuredEasyMinutes, nameof(InjuredEasyMinutes));
    }
}
