namespace Formcast.Learning.Selection;

/// <summary>Options of <see cref="RecursiveFeatureElimination{TModel}"/>; scikit-learn's <c>RFE</c>.</summary>
public sealed record RfeOptions : LearnerOptions
{
    /// <summary>Features to keep; 0 keeps half (rounded down), as scikit-learn's default.</summary>
    public int FeaturesToSelect { get; init; }

    /// <summary>Features removed per round: ≥ 1 is a count (whole numbers only), in (0, 1) a fraction of all features
    /// (at least one).</summary>
    public double Step { get; init; } = 1;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.NonNegative(FeaturesToSelect, nameof(FeaturesToSelect));
        OptionCheck.Positive(Step, nameof(Step));
        if (Step >= 1 && Step != Math.Floor(Step)) throw new ArgumentOutOfRangeException(nameof(Step), Step, "a Step of 1 or more must be a whole number");
    }
}
