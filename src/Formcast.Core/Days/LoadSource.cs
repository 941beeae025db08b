namespace Formcast.Core;

/// <summary>Which measurement produced a load number. Priority when several are available: power → pace →
/// heart rate → session RPE; a day mixing sessions of different sources is <see cref="Mixed"/>.</summary>
public enum LoadSource
{
    None = 0,
    SessionRpe = 1,
    HeartRate = 2,
    Pace = 3,
    Power = 4,
    Mixed = 5,
}
