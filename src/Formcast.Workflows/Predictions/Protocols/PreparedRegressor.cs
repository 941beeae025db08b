using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Fits a <see cref="Preprocessor"/> on the training rows, then the inner regressor on the prepared rows.</summary>
internal sealed class PreparedRegressor(ILearner<IRegressor> inner, bool scale = true) : ILearner<IRegressor>
{
    public ILearner<IRegressor> Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var preprocessor = Preprocessor.Fit(data.Features, scale);
        return new PreparedRegressorModel(preprocessor, Inner.Fit(preprocessor.Transform(data)));
    }
}
