using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>Bags of classifiers whose class probabilities are averaged; a bag that never saw a class gives it 0.</summary>
public sealed class BalancedBaggingClassifierModel : IClassifier
{
    public const string KindName = "balanced-bagging-classifier";

    private readonly double[] _classes;
    private readonly int[][] _classMaps;

    internal BalancedBaggingClassifierModel(IClassifier[] bags, double[] classes, int featureCount)
    {
        Bags = bags;
        _classes = classes;
        FeatureCount = featureCount;
        _classMaps = bags.Select(b => b.Classes.Select(c => Array.IndexOf(classes, c)).ToArray()).ToArray();
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public IReadOnlyList<double> Classes => _classes;

    public IReadOnlyList<IClassifier> Bags { get; }

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        ModelChecks.RowLength(features, FeatureCount);
        ModelChecks.Destination(probabilities, _classes.Length);
        probabilities.Clear();
        Span<double> bag = stackalloc double[_classes.Length];
        for (var b = 0; b < Bags.Count; b++)
        {
            var map = _classMaps[b];
            var p = bag[..map.Length];
            Bags[b].PredictProbabilities(features, p);
            for (var k = 0; k < map.Length; k++) probabilities[map[k]] += p[k];
        }

        for (var k = 0; k < probabilities.Length; k++) probabilities[k] /= Bags.Count;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDoubles(_classes);
        writer.WriteInt32(Bags.Count);
        foreach (var bag in Bags) writer.WriteModel(bag);
    }

    internal static BalancedBaggingClassifierModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var classes = ModelChecks.ReadClasses(reader);
        var count = reader.ReadInt32("bag-count", 1, 100_000);
        var bags = new IClassifier[count];
        for (var b = 0; b < count; b++)
        {
            var field = $"bag[{b}]";
            if (reader.ReadModel(field) is not IClassifier classifier) throw reader.Error(field, "is not a classifier");
            if (classifier.FeatureCount != featureCount) throw reader.Error(field, $"has {classifier.FeatureCount} features, expected {featureCount}");
            if (classifier.Classes.Any(c => Array.IndexOf(classes, c) < 0)) throw reader.Error(field, "has a class the ensemble does not");
            bags[b] = classifier;
        }

        return new BalancedBaggingClassifierModel(bags, classes, featureCount);
    }
}
