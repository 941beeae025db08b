using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>A fitted <see cref="CarryForwardRegressor"/>.</summary>
internal sealed class CarryForwardRegressorModel(int featureCount, int[] columns, double fallback) : IRegressor
{
    public const string KindName = "carry-forward-regressor";

    public string Kind => KindName;

    public int FeatureCount { get; } = featureCount;

    public double Predict(ReadOnlySpan<double> features)
    {
        foreach (var c in columns)
        {
            if (double.IsFinite(features[c])) return features[c];
        }

        return fallback;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteInt32s(columns);
        writer.WriteDouble(fallback);
    }
}
