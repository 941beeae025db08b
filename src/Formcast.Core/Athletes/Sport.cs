namespace Formcast.Core;

/// <summary>
/// The sport family an athlete trains for or an activity belongs to. The first five are the groups of the
/// reference cohort (sprinters, distance runners, throwers, ball-game players, the general population);
/// the rest are the sports device files commonly report.
/// </summary>
public enum Sport
{
    Other = 0,
    Sprinting = 1,
    DistanceRunning = 2,
    Throwing = 3,
    BallGame = 4,
    GeneralFitness = 5,
    Running = 6,
    Cycling = 7,
    Swimming = 8,
    Walking = 9,
    StrengthTraining = 10,
    CrossCountrySkiing = 11,
    Rowing = 12,
    Multisport = 13,
    Paddling = 14,
}
