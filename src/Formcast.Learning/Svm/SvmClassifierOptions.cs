using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Svm;

/// <summary>Options of <see cref="SvmClassifierLearner"/> (C-SVC, one-vs-one for more than two classes).</summary>
public sealed record SvmClassifierOptions : SvmOptions
{
    /// <summary>Weight per class label: class k's box constraint becomes C·weight (LIBSVM's <c>-wi</c>).</summary>
    public IReadOnlyDictionary<double, double>? ClassWeights { get; init; }

    /// <summary>Weight classes by n / (K·n_k) (scikit-learn's <c>class_weight="balanced"</c>).</summary>
    public bool BalancedClassWeights { get; init; }

    /// <summary>
    /// Fit Platt probabilities by internal cross-validation (LIBSVM's <c>-b 1</c>). On by default, unlike LIBSVM and
    /// scikit-learn, because every Formcast classifier promises probabilities; turn off to save the extra fits.
    /// </summary>
    public bool Probability { get; init; } = true;

    /// <summary>Folds of the internal cross-validation for Platt probabilities (LIBSVM uses 5).</summary>
    public int ProbabilityFolds { get; init; } = 5;

    public override void Validate()
    {
        base.Validate();
        TrainingData.ValidateClassWeights(ClassWeights, BalancedClassWeights, nameof(ClassWeights), nameof(BalancedClassWeights));
        if (ProbabilityFolds < 2) throw new ArgumentOutOfRangeException(nameof(ProbabilityFolds), ProbabilityFolds, "ProbabilityFolds must be at least 2");
    }
}
