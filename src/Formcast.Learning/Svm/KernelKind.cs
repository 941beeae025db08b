namespace Formcast.Learning.Svm;

/// <summary>Kernel of a support vector machine, with LIBSVM's definitions (Chang &amp; Lin 2011, §2).</summary>
public enum KernelKind
{
    /// <summary>K(x, z) = x·z.</summary>
    Linear,

    /// <summary>K(x, z) = (γ·x·z + coef0)^degree.</summary>
    Polynomial,

    /// <summary>K(x, z) = exp(−γ·‖x − z‖²).</summary>
    Rbf,
}
