namespace Formcast.Learning.Evaluation;

/// <summary>A regressor behind <see cref="MedianImputation"/>: fills NaN features with training medians, then predicts.</summary>
public sealed class MedianImputedRegressorModel : IRegressor
{
    public const string KindName = "median-imputed-regressor";

    private readonly double[] _medians;

    internal MedianImputedRegressorModel(IRegressor inner, double[] medians)
    {
        Inner = inner;
        _medians = medians;
    }

    public IRegressor Inner { get; }

    public IReadOnlyList<double> Medians => _medians;

    public string Kind => KindName;

    public int FeatureCount => Inner.FeatureCount;

    public double Predict(ReadOnlySpan<double> features)
    {
        Span<double> filled = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        features.CopyTo(filled);
        MedianImputation.Fill(filled, _medians);
        return Inner.Predict(filled);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_medians);
        writer.WriteModel(Inner);
    }

    internal static MedianImputedRegressorModel Read(ModelReader reader)
    {
        var medians = reader.ReadDoubles("imputed.medians");
        if (reader.ReadModel("imputed.model") is not IRegressor inner) throw reader.Error("imputed.model", "not a regressor");
        if (inner.FeatureCount != medians.Length) throw reader.Error("imputed.medians", $"{medians.Length} medians for {inner.FeatureCount} features");
        return new MedianImputedRegressorModel(inner, medians);
    }
}
