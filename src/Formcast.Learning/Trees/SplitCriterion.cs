namespace Formcast.Learning;

/// <summary>
/// Impurity measure a CART tree minimises, with scikit-learn's definitions (<c>sklearn/tree/_criterion.pyx</c>):
/// Gini <c>1 − Σ p_c²</c>, entropy <c>−Σ p_c log₂ p_c</c> (both over weighted class proportions) for classification;
/// squared error (weighted variance of the target) for regression.
/// </summary>
public enum SplitCriterion
{
    Gini,
    Entropy,
    SquaredError,
}
