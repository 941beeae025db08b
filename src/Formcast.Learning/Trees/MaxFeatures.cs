using System.Globalization;

namespace Formcast.Learning;

/// <summary>
/// How many features a tree examines at each split, with scikit-learn's conventions: all, ⌊√n⌋, ⌊log₂ n⌋, a count,
/// or ⌊fraction × n⌋ — never fewer than one. Fewer features decorrelate the trees of a random forest.
/// </summary>
public readonly record struct MaxFeatures
{
    private MaxFeatures(MaxFeaturesKind kind, double value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Every feature is examined at every split.</summary>
    public static MaxFeatures All => new(MaxFeaturesKind.All, 0);

    /// <summary>max(1, ⌊√n⌋) features, scikit-learn's default for random-forest classification.</summary>
    public static MaxFeatures Sqrt => new(MaxFeaturesKind.Sqrt, 0);

    /// <summary>max(1, ⌊log₂ n⌋) features.</summary>
    public static MaxFeatures Log2 => new(MaxFeaturesKind.Log2, 0);

    public MaxFeaturesKind Kind { get; }

    /// <summary>The count or fraction for <see cref="MaxFeaturesKind.Count"/> and <see cref="MaxFeaturesKind.Fraction"/>.</summary>
    public double Value { get; }

    /// <summary>Exactly <paramref name="count"/> features (capped at the number of features).</summary>
    public static MaxFeatures Count(int count) => new(MaxFeaturesKind.Count, count);

    /// <summary>max(1, ⌊<paramref name="fraction"/> × n⌋) features, fraction in (0, 1].</summary>
    public static MaxFeatures Fraction(double fraction) => new(MaxFeaturesKind.Fraction, fraction);

    /// <summary>Throws naming <paramref name="option"/> when the count or fraction is out of range.</summary>
    public void Validate(string option)
    {
        switch (Kind)
        {
            case MaxFeaturesKind.Count:
                OptionCheck.Positive((int)Value, option);
                break;
            case MaxFeaturesKind.Fraction:
                if (!(Value > 0 && Value <= 1)) throw new ArgumentOutOfRangeException(option, Value, $"{option} fraction must be in (0, 1]");
                break;
            case MaxFeaturesKind.All:
            case MaxFeaturesKind.Sqrt:
            case MaxFeaturesKind.Log2:
                break;
            default:
                throw new ArgumentOutOfRangeException(option, Kind, $"{option} has an unknown kind");
        }
    }

    /// <summary>The number of features to examine out of <paramref name="featureCount"/>.</summary>
    public int Resolve(int featureCount)
    {
        var n = Kind switch
        {
            MaxFeaturesKind.All => featureCount,
            MaxFeaturesKind.Sqrt => (int)Math.Sqrt(featureCount),
            MaxFeaturesKind.Log2 => featureCount > 0 ? (int)Math.Log2(featureCount) : 0,
            MaxFeaturesKind.Count => (int)Value,
            MaxFeaturesKind.Fraction => (int)(Value * featureCount),
            _ => featureCount,
        };
        return Math.Clamp(n, 1, Math.Max(1, featureCount));
    }

    public override string ToString() => Kind switch
    {
        MaxFeaturesKind.Count => ((int)Value).ToString(CultureInfo.InvariantCulture),
        MaxFeaturesKind.Fraction => Value.ToString("R", CultureInfo.InvariantCulture),
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
