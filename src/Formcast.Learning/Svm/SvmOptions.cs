using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Svm;

/// <summary>
/// Kernel and solver options shared by <see cref="SvmClassifierOptions"/> and <see cref="SvrOptions"/>; names and
/// defaults follow LIBSVM (<c>svm-train</c>) and scikit-learn's <c>SVC</c>/<c>SVR</c>.
/// </summary>
public abstract record SvmOptions : LearnerOptions
{
    public KernelKind Kernel { get; init; } = KernelKind.Rbf;

    /// <summary>γ of the RBF and polynomial kernels (default: scikit-learn's "scale").</summary>
    public KernelGamma Gamma { get; init; } = KernelGamma.Scale;

    /// <summary>Degree of the polynomial kernel (≥ 1).</summary>
    public int Degree { get; init; } = 3;

    /// <summary>The constant term of the polynomial kernel.</summary>
    public double Coef0 { get; init; }

    /// <summary>Penalty on slack (box constraint of the dual), &gt; 0.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>Stopping tolerance ε on the maximal violating pair, m(α) − M(α) ≤ ε (LIBSVM's <c>-e</c>).</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>Temporarily drop bounded variables from the working set (LIBSVM's <c>-h</c>).</summary>
    public bool Shrinking { get; init; } = true;

    /// <summary>Memory for cached kernel rows, shared by the sub-problems trained at once (LIBSVM's <c>-m</c>).</summary>
    public double CacheSizeMegabytes { get; init; } = 200;

    /// <summary>SMO iteration limit per sub-problem; 0 means LIBSVM's max(10⁷, 100·l).</summary>
    public long MaxIterations { get; init; }

    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Kernel)) throw new ArgumentOutOfRangeException(nameof(Kernel), Kernel, "unknown kernel");
        if (Gamma.Rule == GammaRule.Fixed) OptionCheck.Positive(Gamma.Value, nameof(Gamma));
        else if (!Enum.IsDefined(Gamma.Rule)) throw new ArgumentOutOfRangeException(nameof(Gamma), Gamma.Rule, "unknown gamma rule");
        OptionCheck.Positive(Degree, nameof(Degree));
        if (!double.IsFinite(Coef0)) throw new ArgumentOutOfRangeException(nameof(Coef0), Coef0, "Coef0 must be finite");
        OptionCheck.Positive(C, nameof(C));
        OptionCheck.Positive(Tolerance, nameof(Tolerance));
        OptionCheck.Positive(CacheSizeMegabytes, nameof(CacheSizeMegabytes));
        if (MaxIterations < 0) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be zero or positive");
    }

    internal KernelFunction KernelFor(Matrix features) => new(Kernel, Kernel == KernelKind.Linear ? 0 : Gamma.Resolve(features), Degree, Coef0);

    internal SolverSettings Solver(int sharedBy) =>
        new(Tolerance, Shrinking, (long)(CacheSizeMegabytes * 1024 * 1024 / Math.Max(1, sharedBy)), MaxIterations);
}
