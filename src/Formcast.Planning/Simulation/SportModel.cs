using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// Sport-specific constants of the simulator: how the four qualities make up competition performance, how a
/// sport's habitual training load is split between them, and its injury rate. The performance weights are
/// modelling assumptions guided by the energy-system contributions of Gastin (2001, Sports Med 31:725; 100 m ≈ 80 %
/// anaerobic, events beyond 2–3 min predominantly aerobic) and by the reference study's Figure 4 prescriptions
/// (strength for sprinters, endurance for distance runners, strength and technique for throwers, all-round work for
/// ball players). Injury rates per 1000 h of training follow Jacobsson et al. 2013 (BJSM 47:941; 3.57 per 1000 h in
/// elite athletics, sprinters and jumpers highest) and team-sport training incidences (about 3–5 per 1000 h);
/// recreational runners report more (7.7 per 1000 h, Videbæk et al. 2015, Sports Med 45:1017).
/// </summary>
public static class SportModel
{
    /// <summary>Sports the simulator models: the reference cohort's four athlete groups and the general population.</summary>
    public static IReadOnlyList<Sport> SimulatedSports { get; } =
        [Sport.Sprinting, Sport.DistanceRunning, Sport.Throwing, Sport.BallGame, Sport.GeneralFitness];

    /// <summary>Weights of aerobic, anaerobic, strength and neuromuscular capacity in the performance index (sum 1).</summary>
    public static ReadOnlySpan<double> PerformanceWeights(Sport sport) => Canonical(sport) switch
    {
        Sport.Sprinting => [0.05, 0.30, 0.30, 0.35],
        Sport.DistanceRunning => [0.70, 0.15, 0.05, 0.10],
        Sport.Throwing => [0.00, 0.05, 0.45, 0.50],
        Sport.BallGame => [0.30, 0.25, 0.15, 0.30],
        _ => [0.50, 0.10, 0.30, 0.10],
    };

    /// <summary>How the sport's habitual training load is split between the qualities (sum 1). Endurance sports train
    /// mostly aerobically (about 80 % low intensity, Seiler 2010, IJSPP 5:276); power sports mostly strength and skill.</summary>
    public static ReadOnlySpan<double> HabitualMix(Sport sport) => Canonical(sport) switch
    {
        Sport.Sprinting => [0.20, 0.25, 0.25, 0.30],
        Sport.DistanceRunning => [0.80, 0.10, 0.05, 0.05],
        Sport.Throwing => [0.15, 0.05, 0.40, 0.40],
        Sport.BallGame => [0.40, 0.20, 0.15, 0.25],
        _ => [0.60, 0.05, 0.30, 0.05],
    };

    /// <summary>Injuries per 1000 h of training at habitual load (no spike, normal fatigue).</summary>
    public static double InjuriesPer1000Hours(Sport sport) => Canonical(sport) switch
    {
        Sport.Sprinting => 4.5,
        Sport.DistanceRunning => 4.0,
        Sport.Throwing => 3.0,
        Sport.BallGame => 5.0,
        _ => 3.0,
    };

    /// <summary>Multiplier of the population VO2max for the sport (endurance athletes highest, throwers lowest;
    /// Joyner &amp; Coyle 2008, J Physiol 586:35).</summary>
    public static double Vo2MaxFactor(Sport sport) => Canonical(sport) switch
    {
        Sport.Sprinting => 0.95,
        Sport.DistanceRunning => 1.15,
        Sport.Throwing => 0.85,
        Sport.BallGame => 1.02,
        _ => 1.0,
    };

    /// <summary>Whether the sport's conditioning is running-based (pace targets make sense).</summary>
    public static bool RunningBased(Sport sport) => Canonical(sport) is Sport.Sprinting or Sport.DistanceRunning or Sport.BallGame or Sport.GeneralFitness;

    /// <summary>The simulated sport a recorded sport is modelled as (running → distance running, others → general).</summary>
    public static Sport Canonical(Sport sport) => sport switch
    {
        Sport.Sprinting or Sport.DistanceRunning or Sport.Throwing or Sport.BallGame or Sport.GeneralFitness => sport,
        Sport.Running or Sport.CrossCountrySkiing or Sport.Rowing or Sport.Cycling or Sport.Swimming or Sport.Paddling or Sport.Multisport => Sport.DistanceRunning,
        _ => Sport.GeneralFitness,
    };

    /// <summary>Aerobic weight of the sport's performance index: a single number that tells a policy how endurance-
    /// or power-oriented the athlete's sport is (observation element <see cref="ObservationLayout.SportAerobicWeight"/>).</summary>
    public static double AerobicWeight(Sport sport) => PerformanceWeights(sport)[0];
}
