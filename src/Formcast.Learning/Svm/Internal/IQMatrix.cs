namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// The dual's Hessian Q as the SMO solver sees it, in the solver's current variable order (shrinking reorders
/// variables so the active ones form a prefix).
/// </summary>
internal interface IQMatrix
{
    /// <summary>Q[i, 0..length). Valid until the next call that asks for a third row.</summary>
    ReadOnlySpan<float> Row(int i, int length);

    /// <summary>Q[i, i] for every variable, in the current order.</summary>
    double[] Diagonal { get; }

    /// <summary>Exchanges variables <paramref name="i"/> and <paramref name="j"/>.</summary>
    void Swap(int i, int j);
}
