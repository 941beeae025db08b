using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>A regressor behind its <see cref="Preprocessor"/> (see <see cref="PreparedClassifierModel"/>).</summary>
internal sealed class PreparedRegressorModel(Preprocessor preprocessor, IRegressor inner) : IRegressor
{
    public const string KindName = "prepared-regressor";

    public Preprocessor Preprocessor { get; } = preprocessor;

    public IRegressor Inner { get; } = inner;

    public string Kind => KindName;

    public int FeatureCount => Preprocessor.Columns;

    public double Predict(ReadOnlySpan<double> features)
    {
        Span<double> row = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        Preprocessor.Transform(features, row);
        return Inner.Predict(row);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Preprocessor.Write(writer);
        writer.WriteModel(Inner);
    }
}
