namespace Formcast.Learning.Linear;

/// <summary>
/// Options of <see cref="LinearRegressionLearner"/>: ordinary least squares when <see cref="Alpha"/> is 0, ridge
/// regression (squared L2 penalty α·‖w‖², as scikit-learn's <c>Ridge</c>) otherwise. The intercept is never penalised.
/// </summary>
public sealed record LinearRegressionOptions : LearnerOptions
{
    /// <summary>Ridge penalty strength α ≥ 0; 0 fits ordinary least squares.</summary>
    public double Alpha { get; init; }

    /// <summary>Fit an intercept (by centring on weighted means, as scikit-learn does).</summary>
    public bool FitIntercept { get; init; } = true;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.NonNegative(Alpha, nameof(Alpha));
    }
}
