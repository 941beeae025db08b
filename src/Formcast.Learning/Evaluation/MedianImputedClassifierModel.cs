namespace Formcast.Learning.Evaluation;

/// <summary>A classifier behind <see cref="MedianImputation"/>: fills NaN features with training medians, then predicts.</summary>
public sealed class MedianImputedClassifierModel : IClassifier
{
    public const string KindName = "median-imputed-classifier";

    private readonly double[] _medians;

    internal MedianImputedClassifierModel(IClassifier inner, double[] medians)
    {
        Inner = inner;
        _medians = medians;
    }

    public IClassifier Inner { get; }

    public IReadOnlyList<double> Medians => _medians;

    public string Kind => KindName;

    public int FeatureCount => Inner.FeatureCount;

    public IReadOnlyList<double> Classes => Inner.Classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> filled = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        features.CopyTo(filled);
        MedianImputation.Fill(filled, _medians);
        Inner.PredictProbabilities(filled, probabilities);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_medians);
        writer.WriteModel(Inner);
    }

    internal static MedianImputedClassifierModel Read(ModelReader reader)
    {
        var medians = reader.ReadDoubles("imputed.medians");
        if (reader.ReadModel("imputed.model") is not IClassifier inner) throw reader.Error("imputed.model", "not a classifier");
        if (inner.FeatureCount != medians.Length) throw reader.Error("imputed.medians", $"{medians.Length} medians for {inner.FeatureCount} features");
        return new MedianImputedClassifierModel(inner, medians);
    }
}
