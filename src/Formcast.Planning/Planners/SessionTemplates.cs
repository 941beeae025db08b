using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// The session templates of the classic planners: easy and long aerobic work (62 % of heart-rate reserve),
/// threshold work at the athlete's threshold, 1:1 intervals at 92 %, strength sessions, speed-and-technique sessions
/// and match play. Intensities follow common zone definitions (e.g. Seiler 2010's three-zone model); mixes are
/// modelling assumptions. Durations come from the weekly load target (<see cref="WeeklyPlan"/>).
/// </summary>
public static class SessionTemplates
{
    /// <summary>Relative duration of each kind (an easy session = 1).</summary>
    public static double RelativeDuration(SessionKind kind) => kind switch
    {
        SessionKind.Rest => 0,
        SessionKind.Long => 1.6,
        SessionKind.Threshold => 0.8,
        SessionKind.Intervals => 0.7,
        SessionKind.Strength => 0.9,
        SessionKind.Technique => 0.9,
        SessionKind.MatchPlay => 1.1,
        _ => 1.0,
    };

    /// <summary>True for sessions with work above threshold (the "hard" days of polarised training).</summary>
    public static bool IsHard(SessionKind kind) => kind is SessionKind.Threshold or SessionKind.Intervals or SessionKind.Technique or SessionKind.MatchPlay;

    /// <summary>The session of <paramref name="kind"/> lasting <paramref name="minutes"/> for an athlete with the given threshold.</summary>
    public static SessionPrescription Create(SessionKind kind, double minutes, double thresholdReserveFraction, bool indoor = true) => kind switch
    {
        SessionKind.Rest => SessionPrescription.RestDay,
        SessionKind.Easy or SessionKind.Long => SessionPrescription.Session(0.62, minutes, QualityMix.PureAerobic, 1, indoor),
        SessionKind.Threshold => SessionPrescription.Session(Math.Clamp(thresholdReserveFraction, 0.6, 0.9), minutes, QualityMix.FromWeights(0.85, 0.15, 0, 0), 1, indoor),
        SessionKind.Intervals => SessionPrescription.Session(0.92, minutes, QualityMix.FromWeights(0.5, 0.5, 0, 0), 0.5, indoor),
        SessionKind.Strength => SessionPrescription.Session(0.6, minutes, QualityMix.FromWeights(0, 0, 0.85, 0.15), 0.6, indoor),
        SessionKind.Technique => SessionPrescription.Session(0.85, minutes, QualityMix.FromWeights(0, 0.2, 0.1, 0.7), 0.5, indoor),
        SessionKind.MatchPlay => SessionPrescription.Session(0.85, minutes, QualityMix.FromWeights(0.3, 0.3, 0, 0.4), 0.6, indoor),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Banister TRIMP per minute of a session: work bouts at its intensity, recoveries at half of it.</summary>
    public static double LoadPerMinute(in SessionPrescription session, Sex sex) => session.IsRest
        ? 0
        : (session.WorkFraction * PhysiologyModel.TrimpPerMinute(session.Intensity, sex))
          + ((1 - session.WorkFraction) * PhysiologyModel.TrimpPerMinute(0.5 * session.Intensity, sex));

    /// <summary>The typical week (Monday first) of a sport's traditional microcycle: two or three hard days, a long
    /// or match day, one rest day.</summary>
    public static IReadOnlyList<SessionKind> TypicalWeek(Sport sport) => SportModel.Canonical(sport) switch
    {
        Sport.DistanceRunning => [SessionKind.Easy, SessionKind.Intervals, SessionKind.Easy, SessionKind.Threshold, SessionKind.Strength, SessionKind.Long, SessionKind.Rest],
        Sport.Sprinting => [SessionKind.Technique, SessionKind.Strength, SessionKind.Easy, SessionKind.Technique, SessionKind.Strength, SessionKind.Intervals, SessionKind.Rest],
        Sport.Throwing => [SessionKind.Technique, SessionKind.Strength, SessionKind.Technique, SessionKind.Strength, SessionKind.Technique, SessionKind.Easy, SessionKind.Rest],
        Sport.BallGame => [SessionKind.Technique, SessionKind.Intervals, SessionKind.Strength, SessionKind.Technique, SessionKind.Easy, SessionKind.MatchPlay, SessionKind.Rest],
        _ => [SessionKind.Easy, SessionKind.Strength, SessionKind.Easy, SessionKind.Intervals, SessionKind.Strength, SessionKind.Long, SessionKind.Rest],
    };
}
