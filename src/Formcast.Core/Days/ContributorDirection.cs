namespace Formcast.Core;

/// <summary>Whether a readiness contributor raises or lowers readiness today.</summary>
public enum ContributorDirection
{
    Neutral = 0,
    Raises = 1,
    Lowers = 2,
}
