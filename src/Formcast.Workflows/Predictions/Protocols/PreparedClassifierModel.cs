using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// A classifier behind its <see cref="Preprocessor"/>: rows in raw feature units (NaN allowed) go in, so explanations
/// and reasons speak of raw values. Model files hold the inner model (a Formcast.Learning kind that loads anywhere);
/// the preprocessor travels beside it in the model registry.
/// </summary>
internal sealed class PreparedClassifierModel(Preprocessor preprocessor, IClassifier inner) : IClassifier
{
    public const string KindName = "prepared-classifier";

    public Preprocessor Preprocessor { get; } = preprocessor;

    public IClassifier Inner { get; } = inner;

    public string Kind => KindName;

    public int FeatureCount => Preprocessor.Columns;

    public IReadOnlyList<double> Classes => Inner.Classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> row = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        Preprocessor.Transform(features, row);
        Inner.PredictProbabilities(row, probabilities);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Preprocessor.Write(writer);
        writer.WriteModel(Inner);
    }
}
