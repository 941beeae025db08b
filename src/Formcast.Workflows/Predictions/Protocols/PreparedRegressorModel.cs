using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>A regressor behind its <see cref="Preprocessor"/> and target standardisation (see
/// <see cref="PreparedClassifierModel"/>): prediction = inner(prepared row) × <see cref="TargetScale"/> + <see cref="TargetMean"/>.</summary>
internal sealed class PreparedRegressorModel(Preprocessor preprocessor, IRegressor inner, double targetMean, double targetScale) : IRegressor
{
    public const string KindName = "prepared-regressor";

    public Preprocessor Preprocessor { get; } = preprocessor;

    public IRegressor Inner { get; } = inner;

    public double TargetMean { get; } = targetMean;

    public double TargetScale { get; } = targetScale;

    public string Kind => KindName;

    public int FeatureCount => Preprocessor.Columns;

    public double Predict(ReadOnlySpan<double> features)
    {
        Span<double> row = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        Preprocessor.Transform(features, row);
        return (Inner.Predict(row) * TargetScale) + TargetMean;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Preprocessor.Write(writer);
        writer.WriteDouble(TargetMean);
        writer.WriteDouble(TargetScale);
        writer.WriteModel(Inner);
    }
}
