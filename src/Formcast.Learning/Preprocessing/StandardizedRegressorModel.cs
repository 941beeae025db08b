namespace Formcast.Learning;

/// <summary>A regressor fitted on standardised features, with the scaler that standardises new rows.</summary>
public sealed class StandardizedRegressorModel(StandardScaler scaler, IRegressor inner) : IRegressor
{
    public const string KindName = "standardized-regressor";

    public StandardScaler Scaler { get; } = scaler;

    public IRegressor Inner { get; } = inner;

    public string Kind => KindName;

    public int FeatureCount => Inner.FeatureCount;

    public double Predict(ReadOnlySpan<double> features)
    {
        Span<double> scaled = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        Scaler.Transform(features, scaled);
        return Inner.Predict(scaled);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        Scaler.Write(writer);
        writer.WriteModel(Inner);
    }

    internal static StandardizedRegressorModel Read(ModelReader reader)
    {
        var features = reader.ReadInt32("features", 0, 1_000_000);
        var scaler = StandardScaler.Read(reader, features);
        var inner = reader.ReadModel("inner") as IRegressor ?? throw reader.Error("inner", "the inner model is not a regressor");
        if (inner.FeatureCount != features) throw reader.Error("inner", $"inner model has {inner.FeatureCount} features, expected {features}");
        return new StandardizedRegressorModel(scaler, inner);
    }
}
