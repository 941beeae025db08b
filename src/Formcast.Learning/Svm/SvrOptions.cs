namespace Formcast.Learning.Svm;

/// <summary>Options of <see cref="SvrLearner"/> (ε-SVR).</summary>
public sealed record SvrOptions : SvmOptions
{
    /// <summary>Half-width ε ≥ 0 of the insensitive tube (LIBSVM's <c>-p</c>, scikit-learn's <c>epsilon</c>).</summary>
    public double Epsilon { get; init; } = 0.1;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.NonNegative(Epsilon, nameof(Epsilon));
    }
}
