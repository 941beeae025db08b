using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// A baseline that predicts a value already known: the first of <paramref name="columns"/> that is present in the row
/// (e.g. yesterday's answer, then the 7-day mean), else the training mean of the target. It learns nothing but that
/// mean, so it shows what carrying the last observation forward achieves.
/// </summary>
internal sealed class CarryForwardRegressor(params string[] columns) : ILearner<IRegressor>
{
    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var names = data.FeatureNames.ToList();
        var index = columns.Select(c => names.IndexOf(c)).Where(i => i >= 0).ToArray();
        return new CarryForwardRegressorModel(data.Columns, index, data.Target.Average());
    }
}
