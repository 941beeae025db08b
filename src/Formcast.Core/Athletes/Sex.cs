namespace Formcast.Core;

/// <summary>Sex as used by physiological formulas (e.g. the TRIMP weighting constants). Stored, never inferred.</summary>
public enum Sex
{
    /// <summary>Not recorded; formulas fall back to their documented sex-neutral constants.</summary>
    Unspecified = 0,
    Female = 1,
    Male = 2,
}
