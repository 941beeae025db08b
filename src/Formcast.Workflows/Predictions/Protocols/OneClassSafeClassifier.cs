using Formcast.Learning;
using Formcast.Learning.Baselines;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Lets a classifier be fitted on rows of one class only — which happens with rare injuries when a calibration or
/// selection fold holds no injured week — by answering that class with certainty (the class shares, as
/// <see cref="DummyClassifier"/>) instead of failing; with both classes present the inner learner fits as usual.
/// </summary>
internal sealed class OneClassSafeClassifier(ILearner<IClassifier> inner) : ILearner<IClassifier>
{
    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Classes().Length < 2 ? new DummyClassifier().Fit(data) : inner.Fit(data);
    }
}
