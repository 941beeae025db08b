using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Fits a <see cref="Preprocessor"/> on the training rows, then the inner classifier on the prepared rows.</summary>
internal sealed class PreparedClassifier(ILearner<IClassifier> inner, bool scale = true) : ILearner<IClassifier>
{
    public ILearner<IClassifier> Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var preprocessor = Preprocessor.Fit(data.Features, scale);
        return new PreparedClassifierModel(preprocessor, Inner.Fit(preprocessor.Transform(data)));
    }
}
