namespace Formcast.Learning.Linear;

/// <summary>
/// A model whose score is linear in the features: one coefficient row per output (one row for regression and
/// binary classification, one per class or per class pair otherwise). Recursive feature elimination ranks features
/// by these coefficients.
/// </summary>
public interface ICoefficientModel : IModel
{
    /// <summary>Number of coefficient rows.</summary>
    int CoefficientRows { get; }

    /// <summary>The coefficients of row <paramref name="row"/>, one per feature.</summary>
    ReadOnlySpan<double> Coefficients(int row);
}
