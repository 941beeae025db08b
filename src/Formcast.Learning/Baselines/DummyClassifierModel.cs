namespace Formcast.Learning.Baselines;

/// <summary>A fitted <see cref="DummyClassifier"/>: the same class shares for every row.</summary>
public sealed class DummyClassifierModel : IClassifier
{
    public const string KindName = "dummy-classifier";

    private readonly double[] _classes;
    private readonly double[] _priors;

    internal DummyClassifierModel(int featureCount, double[] classes, double[] priors)
    {
        FeatureCount = featureCount;
        _classes = classes;
        _priors = priors;
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public IReadOnlyList<double> Classes => _classes;

    /// <summary>Training share of each class, in <see cref="Classes"/> order.</summary>
    public IReadOnlyList<double> Priors => _priors;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities) => _priors.CopyTo(probabilities);

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDoubles(_classes);
        writer.WriteDoubles(_priors);
    }

    internal static DummyClassifierModel Read(ModelReader reader)
    {
        var features = reader.ReadInt32("dummy.features", 0, int.MaxValue);
        var classes = reader.ReadDoubles("dummy.classes");
        if (classes.Length < 1) throw reader.Error("dummy.classes", "no classes");
        var priors = reader.ReadDoubles("dummy.priors", classes.Length);
        if (priors.Any(p => p is < 0 or > 1)) throw reader.Error("dummy.priors", "a class share is outside [0, 1]");
        return new DummyClassifierModel(features, classes, priors);
    }
}
