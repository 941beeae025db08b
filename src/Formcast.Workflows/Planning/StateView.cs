using Formcast.Planning;

namespace Formcast.Workflows.Planning;

/// <summary>The athlete's state the recommendation started from.</summary>
public sealed record StateView(double? AcuteLoad, double? ChronicLoad, double? AcuteChronicRatio, double? Monotony, double? LastWeekLoad,
    double? LnRmssd7DayMean, double? LnRmssdBandLow, double? LnRmssdBandHigh, bool HrvOutsideBand, double? Mood, string? ActiveInjury)
{
    public static StateView From(AthleteStateSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new StateView(PlanView.Round(s.AcuteLoad, 1), PlanView.Round(s.ChronicLoad, 1), PlanView.Round(s.AcuteChronicRatio, 2), PlanView.Round(s.Monotony, 2),
            PlanView.Round(s.LastWeekLoad, 1), PlanView.Round(s.LnRmssd7DayMean, 3), PlanView.Round(s.LnRmssdBandLow, 3), PlanView.Round(s.LnRmssdBandHigh, 3),
            s.HrvOutsideBand, PlanView.Round(s.Mood, 1),
            s.ActiveInjury is { } i ? $"{i.BodyPart} {i.Type} since {i.OnsetDate:yyyy-MM-dd}" : null);
    }
}
