namespace Formcast.Planning;

/// <summary>
/// Base of planners that decide one session per day. In daily mode the session is the action; in 20-minute-slot
/// mode the day's session is decided at the first slot and run from <see cref="EnvironmentOptions.DailySessionStartSlot"/>
/// for as many slots as it lasts, rest elsewhere — the same schedule as daily mode, so both modes compare.
/// </summary>
public abstract class DailyPlanner : ITrainingPlanner
{
    private SessionPrescription _today = SessionPrescription.RestDay;
    private int _plannedDay = -1;

    public abstract string Name { get; }

    /// <summary>The current episode (set by <see cref="BeginEpisode"/>).</summary>
    protected EpisodeContext Context { get; private set; } = null!;

    public virtual void BeginEpisode(EpisodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        _plannedDay = -1;
        _today = SessionPrescription.RestDay;
    }

    public void Act(int day, int slot, ReadOnlySpan<double> observation, Span<double> action)
    {
        var options = Context.Options;
        if (day != _plannedDay)
        {
            _today = PlanDay(day, observation);
            _plannedDay = day;
        }

        if (options.Mode == DecisionMode.Daily)
        {
            ActionCodec.Encode(_today, options.MaxSessionMinutes, action);
            return;
        }

        var start = options.DailySessionStartSlot;
        var minutesBefore = (slot - start) * 20.0;
        var minutes = slot >= start && !_today.IsRest ? Math.Min(20, _today.DurationMinutes - minutesBefore) : 0;
        ActionCodec.Encode(minutes >= 1 ? _today with { DurationMinutes = minutes, Rest = false } : SessionPrescription.RestDay, 20, action);
    }

    /// <summary>The session for <paramref name="day"/>, given the morning observation.</summary>
    protected abstract SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation);
}
