using System.Globalization;
using Formcast.Core;
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

/// <summary>A session: type, minutes, expected load, target ranges, who proposed it and why.</summary>
public sealed record SessionView(DateOnly Date, string Type, double DurationMinutes, double PlannedLoad, RangeView? HeartRateBpm,
    PaceRangeView? PacePerKm, RangeView? PowerWatts, string Planner, bool CoachOverride, string Reason)
{
    public static SessionView From(PlannedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new SessionView(session.Date, session.Intensity.ToString().ToLowerInvariant(), session.DurationMinutes, session.PlannedLoad,
            session.HeartRateBpm is { } hr ? new RangeView(hr.Low, hr.High) : null,
            session.PaceSecondsPerKm is { } pace ? PaceRangeView.From(pace.Low, pace.High) : null,
            session.PowerWatts is { } power ? new RangeView(power.Low, power.High) : null,
            session.Planner, session.IsCoachOverride, session.Reason);
    }
}

public sealed record RangeView(double Low, double High)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Low:0}–{High:0}");
}

/// <summary>A pace range per km, in seconds and as m:ss (fast end first).</summary>
public sealed record PaceRangeView(double FastSecondsPerKm, double SlowSecondsPerKm, string Fast, string Slow)
{
    public static PaceRangeView From(double a, double b)
    {
        var (fast, slow) = (Math.Min(a, b), Math.Max(a, b));
        return new PaceRangeView(fast, slow, Pace(fast), Pace(slow));
    }

    public override string ToString() => $"{Fast}–{Slow} /km";

    private static string Pace(double secondsPerKm)
    {
        var s = (int)Math.Round(secondsPerKm);
        return string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}");
    }
}

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

/// <summary>The simulator's forecast of one day of the week.</summary>
public sealed record ForecastView(DateOnly Date, double Load, double? Fatigue, double? AcuteChronicRatio, double? InjuryProbability, double? PerformanceIndex);
