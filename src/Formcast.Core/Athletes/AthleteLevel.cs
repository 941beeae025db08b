namespace Formcast.Core;

/// <summary>Competitive level, from the general population to elite. Ordered: a higher value is a higher level.</summary>
public enum AthleteLevel
{
    GeneralPopulation = 0,
    Recreational = 1,
    Trained = 2,
    Competitive = 3,
    National = 4,
    Elite = 5,
}
