namespace Formcast.Learning;

/// <summary>A classifier fitted on standardised features, with the scaler that standardises new rows.</summary>
public sealed class StandardizedClassifierModel(StandardScaler scaler, IClassifier inner) : IClassifier
{
    public const string KindName = "standardized-classifier";

    public StandardScaler Scaler { get; } = scaler;

    public IClassifier Inner { get; } = inner;

    public string Kind => KindName;

    public int FeatureCount => Inner.FeatureCount;

    public IReadOnlyList<double> Classes => Inner.Classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> scaled = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        Scaler.Transform(features, scaled);
        Inner.PredictProbabilities(scaled, probabilities);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        Scaler.Write(writer);
        writer.WriteModel(Inner);
    }

    internal static StandardizedClassifierModel Read(ModelReader reader)
    {
        var features = reader.ReadInt32("features", 0, 1_000_000);
        var scaler = StandardScaler.Read(reader, features);
        var inner = reader.ReadModel("inner") as IClassifier ?? throw reader.Error("inner", "the inner model is not a classifier");
        if (inner.FeatureCount != features) throw reader.Error("inner", $"inner model has {inner.FeatureCount} features, expected {features}");
        return new StandardizedClassifierModel(scaler, inner);
    }
}
