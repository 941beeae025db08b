namespace Formcast.Planning;

/// <summary>
/// Baseline-A of the reference study: a fixed schedule set by empirical rules. The sport's typical week
/// (<see cref="SessionTemplates.TypicalWeek"/>) at the athlete's habitual weekly load, periodised 3:1 with a final
/// taper (<see cref="WeeklyPlan.PeriodisationFactor"/>), always in the conditioned hall at the same time. It ignores
/// the athlete's daily state — including injuries, which the simulator enforces anyway.
/// </summary>
public sealed class FixedPeriodisationPlanner : DailyPlanner
{
    private SessionPrescription[] _week = [];

    /// <summary>Weekly load relative to the athlete's habitual load before periodisation (1.1 = a 10 % build).</summary>
    public double LoadFactor { get; init; } = 1.1;

    public override string Name => "fixed-periodisation";

    public override void BeginEpisode(EpisodeContext context)
    {
        base.BeginEpisode(context);
        var athlete = context.Athlete;
        _week = WeeklyPlan.Build(SessionTemplates.TypicalWeek(athlete.Sport), athlete.HabitualDailyLoad * 7 * LoadFactor, athlete.Sex, athlete.ThresholdReserveFraction);
    }

    protected override SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation) => PlanFor(day, observation);

    /// <summary>The planned session for <paramref name="day"/> (the schedule does not look at the observation).</summary>
    internal SessionPrescription PlanFor(int day, ReadOnlySpan<double> observation)
    {
        _ = observation;
        var session = _week[day % 7];
        if (session.IsRest) return session;
        return session with { DurationMinutes = Math.Min(WeeklyPlan.MaxSessionMinutes, session.DurationMinutes * WeeklyPlan.PeriodisationFactor(day, Context.Options.HorizonDays)) };
    }
}
