using System.Globalization;

namespace Formcast.Learning.Svm;

/// <summary>
/// The γ of the RBF and polynomial kernels: a fixed value, or derived from the training features as scikit-learn does:
/// <see cref="Scale"/> = 1 / (p · Var(X)) over all feature values (its default since 0.22), <see cref="Auto"/> = 1 / p.
/// </summary>
public readonly record struct KernelGamma
{
    private KernelGamma(GammaRule rule, double value)
    {
        Rule = rule;
        Value = value;
    }

    /// <summary>γ = 1 / (p · Var(X)), Var over every feature value of the training rows (1 when that is 0).</summary>
    public static KernelGamma Scale => new(GammaRule.Scale, double.NaN);

    /// <summary>γ = 1 / p.</summary>
    public static KernelGamma Auto => new(GammaRule.Auto, double.NaN);

    public GammaRule Rule { get; }

    /// <summary>The fixed value when <see cref="Rule"/> is <see cref="GammaRule.Fixed"/>, otherwise NaN.</summary>
    public double Value { get; }

    /// <summary>A fixed γ &gt; 0.</summary>
    public static KernelGamma Of(double value)
    {
        OptionCheck.Positive(value, "Gamma");
        return new KernelGamma(GammaRule.Fixed, value);
    }

    /// <summary>The γ this rule gives for <paramref name="features"/>.</summary>
    public double Resolve(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        switch (Rule)
        {
            case GammaRule.Fixed:
                return Value;
            case GammaRule.Auto:
                return 1.0 / features.Columns;
            default:
                var data = features.Data;
                var mean = 0.0;
                foreach (var v in data) mean += v;
                mean /= data.Length;
                var variance = 0.0;
                foreach (var v in data) variance += (v - mean) * (v - mean);
                variance /= data.Length;
                return variance > 0 ? 1.0 / (features.Columns * variance) : 1.0;
        }
    }

    public override string ToString() => Rule switch
    {
        GammaRule.Fixed => Value.ToString("R", CultureInfo.InvariantCulture),
        GammaRule.Auto => "auto",
        _ => "scale",
    };
}

/// <summary>How <see cref="KernelGamma"/> is chosen.</summary>
public enum GammaRule
{
    Scale,
    Auto,
    Fixed,
}
