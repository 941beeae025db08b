namespace Formcast.Learning.Linear;

/// <summary>
/// Options of <see cref="LogisticRegressionLearner"/>. The objective is scikit-learn's: C·Σᵢ sᵢ·log-loss + penalty,
/// with sᵢ the row weight times the class weight; so a larger <see cref="C"/> means weaker regularisation.
/// </summary>
public sealed record LogisticRegressionOptions : LearnerOptions
{
    /// <summary>Inverse regularisation strength, &gt; 0.</summary>
    public double C { get; init; } = 1.0;

    public LogisticPenalty Penalty { get; init; } = LogisticPenalty.L2;

    public MultiClassStrategy MultiClass { get; init; } = MultiClassStrategy.Multinomial;

    public bool FitIntercept { get; init; } = true;

    /// <summary>Stop when the largest gradient (or, with L1, minimum-norm subgradient) entry has fallen to this
    /// fraction of its value at the start.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Maximum Newton iterations per fitted problem.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Weight per class label (classes not named weigh 1); null for none.</summary>
    public IReadOnlyDictionary<double, double>? ClassWeights { get; init; }

    /// <summary>Weight classes by n / (K·n_k) (scikit-learn's <c>class_weight="balanced"</c>; with one-vs-rest the
    /// balancing is per binary problem, as there).</summary>
    public bool BalancedClassWeights { get; init; }

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(C, nameof(C));
        OptionCheck.InRange(Tolerance, 0, 1, nameof(Tolerance), highExclusive: true);
        OptionCheck.Positive(MaxIterations, nameof(MaxIterations));
        if (!Enum.IsDefined(Penalty)) throw new ArgumentOutOfRangeException(nameof(Penalty), Penalty, "unknown penalty");
        if (!Enum.IsDefined(MultiClass)) throw new ArgumentOutOfRangeException(nameof(MultiClass), MultiClass, "unknown multi-class strategy");
        Internal.TrainingData.ValidateClassWeights(ClassWeights, BalancedClassWeights, nameof(ClassWeights), nameof(BalancedClassWeights));
    }
}
