using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A median model with lower and upper quantile models. <see cref="Predict"/> gives the median;
/// <see cref="PredictInterval"/> the bounds (ordered, should the two quantile models cross for some row).</summary>
public sealed class PredictionIntervalModel : IRegressor
{
    public const string KindName = "prediction-interval";

    internal PredictionIntervalModel(IRegressor lower, IRegressor median, IRegressor upper)
    {
        if (lower.FeatureCount != median.FeatureCount || upper.FeatureCount != median.FeatureCount)
            throw new ArgumentException("the three models must share their features");
        Lower = lower;
        Median = median;
        Upper = upper;
    }

    public string Kind => KindName;

    public int FeatureCount => Median.FeatureCount;

    public IRegressor Lower { get; }

    public IRegressor Median { get; }

    public IRegressor Upper { get; }

    public double Predict(ReadOnlySpan<double> features) => Median.Predict(features);

    public (double Lower, double Upper) PredictInterval(ReadOnlySpan<double> features)
    {
        ModelChecks.RowLength(features, FeatureCount);
        var a = Lower.Predict(features);
        var b = Upper.Predict(features);
        return (Math.Min(a, b), Math.Max(a, b));
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteModel(Lower);
        writer.WriteModel(Median);
        writer.WriteModel(Upper);
    }

    internal static PredictionIntervalModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        IRegressor Next(string field) => reader.ReadModel(field) as IRegressor ?? throw reader.Error(field, "is not a regressor");
        var lower = Next("lower");
        var median = Next("median");
        var upper = Next("upper");
        if (lower.FeatureCount != median.FeatureCount || upper.FeatureCount != median.FeatureCount)
            throw reader.Error("upper", "the three models have different feature counts");
        return new PredictionIntervalModel(lower, median, upper);
    }
}
