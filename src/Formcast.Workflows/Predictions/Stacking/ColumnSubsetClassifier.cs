using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Stacking;

/// <summary>
/// A base model of a stack that reads only some columns (one input source: load, wellness and sleep, the profile, the
/// twin). When every one of its columns is missing for a row — the source was not recorded — it answers NaN, which the
/// stacking layer treats as "this input is absent" and falls back to the meta-model fitted without it.
/// </summary>
internal sealed class ColumnSubsetClassifier(string source, int[] columns, ILearner<IClassifier> inner) : ILearner<IClassifier>
{
    public string Source { get; } = source;

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ColumnSubsetClassifierModel(data.Columns, columns, inner.Fit(data.WithColumns(columns)));
    }
}
