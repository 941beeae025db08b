namespace Formcast.Learning.Baselines;

/// <summary>A fitted <see cref="DummyRegressor"/>: one constant.</summary>
public sealed class DummyRegressorModel : IRegressor
{
    public const string KindName = "dummy-regressor";

    internal DummyRegressorModel(int featureCount, double constant)
    {
        FeatureCount = featureCount;
        Constant = constant;
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public double Constant { get; }

    public double Predict(ReadOnlySpan<double> features) => Constant;

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDouble(Constant);
    }

    internal static DummyRegressorModel Read(ModelReader reader) =>
        new(reader.ReadInt32("dummy.features", 0, int.MaxValue), reader.ReadFiniteDouble("dummy.constant"));
}
