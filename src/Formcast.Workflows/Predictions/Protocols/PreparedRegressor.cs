using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Fits a <see cref="Preprocessor"/> on the training rows and standardises the target with the training mean and SD,
/// then fits the inner regressor on the prepared rows: kernel methods (ε-SVR's tube, the RBF width) then see the same
/// scales whatever the unit of the target; linear models and trees are unaffected.
/// </summary>
internal sealed class PreparedRegressor(ILearner<IRegressor> inner, bool scale = true) : ILearner<IRegressor>
{
    public ILearner<IRegressor> Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var preprocessor = Preprocessor.Fit(data.Features, scale);
        var mean = data.Target.Average();
        var sd = Math.Sqrt(data.Target.Sum(v => (v - mean) * (v - mean)) / data.Rows);
        if (!(sd > 1e-12)) sd = 1;
        var prepared = preprocessor.Transform(data);
        var target = data.Target.Select(v => (v - mean) / sd).ToArray();
        return new PreparedRegressorModel(preprocessor, Inner.Fit(Datasets.WithTarget(prepared, target)), mean, sd);
    }
}
