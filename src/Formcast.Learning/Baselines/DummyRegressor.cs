using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Baselines;

/// <summary>Which constant <see cref="DummyRegressor"/> predicts.</summary>
public enum DummyRegressorStrategy
{
    /// <summary>The (weighted) mean of the training target.</summary>
    Mean,

    /// <summary>The median of the training target (weighted: scikit-learn's lower weighted percentile).</summary>
    Median,
}

public sealed record DummyRegressorOptions : LearnerOptions
{
    public DummyRegressorStrategy Strategy { get; init; } = DummyRegressorStrategy.Mean;
}

/// <summary>
/// The floor every regressor must beat: one constant for every row (scikit-learn's <c>DummyRegressor</c>; R² of the
/// mean is 0 on its own training data).
/// </summary>
public sealed class DummyRegressor(DummyRegressorOptions? options = null) : ILearner<IRegressor>
{
    public DummyRegressorOptions Options { get; } = options ?? new DummyRegressorOptions();

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        if (data.Rows == 0) throw new ArgumentException("no rows to fit", nameof(data));
        var constant = Options.Strategy switch
        {
            DummyRegressorStrategy.Median => WeightedStatistics.Median(data.Target, data.Weights),
            _ => WeightedStatistics.Mean(data.Target, data.Weights),
        };
        return new DummyRegressorModel(data.Columns, constant);
    }
}
