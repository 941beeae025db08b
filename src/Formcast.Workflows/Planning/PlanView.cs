using Formcast.Planning;

namespace Formcast.Workflows.Planning;

/// <summary>One planner's recommendation as the command line and the API show it: today, the week (today first),
/// the state it was made from and the forecast of the week under it. Undefined numbers are null.</summary>
public sealed record PlanView(string Planner, SessionView Today, IReadOnlyList<SessionView> Week, StateView State, IReadOnlyList<ForecastView> Forecast)
{
    public static PlanView From(Recommendation recommendation)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var week = recommendation.Week.Select(SessionView.From).ToArray();
        return new PlanView(recommendation.Planner, week[0], week, StateView.From(recommendation.State),
            [.. recommendation.Forecast.Select(f => new ForecastView(f.Date, Round(f.Load, 1) ?? 0, Round(f.Fatigue, 3), Round(f.AcuteChronicRatio, 2),
                Round(f.InjuryProbability, 5), Round(f.PerformanceIndex, 2)))]);
    }

    internal static double? Round(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : null;
}
