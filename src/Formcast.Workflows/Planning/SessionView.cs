using Formcast.Core;

namespace Formcast.Workflows.Planning;

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
