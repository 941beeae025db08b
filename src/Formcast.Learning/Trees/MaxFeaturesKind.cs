namespace Formcast.Learning;

/// <summary>The rule behind a <see cref="MaxFeatures"/> value.</summary>
public enum MaxFeaturesKind
{
    All,
    Sqrt,
    Log2,
    Count,
    Fraction,
}
