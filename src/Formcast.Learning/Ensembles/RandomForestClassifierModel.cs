using System.Globalization;
using Formcast.Learning.Ensembles.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A fitted random-forest classifier: the mean of its trees' class probabilities.</summary>
public sealed class RandomForestClassifierModel : IClassifier, ITreeEnsembleSource
{
    public const string KindName = "random-forest-classifier";

    private readonly double[] _classes;

    internal RandomForestClassifierModel(Tree[] trees, double[] classes, int featureCount, double? outOfBagScore = null, double[]? outOfBag = null)
    {
        Trees = trees;
        _classes = classes;
        FeatureCount = featureCount;
        OutOfBagScore = outOfBagScore;
        OutOfBagProbabilities = outOfBag;
        Ensemble = new TreeEnsemble(trees, classes.Length, new double[classes.Length], 1.0 / trees.Length);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public IReadOnlyList<double> Classes => _classes;

    public int TreeCount => Trees.Length;

    /// <summary>Out-of-bag accuracy over the training rows that at least one tree left out, or null when not computed.</summary>
    public double? OutOfBagScore { get; }

    /// <summary>Out-of-bag class probabilities of the training rows (row-major, NaN for rows every tree saw); not
    /// saved in model files.</summary>
    public double[]? OutOfBagProbabilities { get; }

    internal Tree[] Trees { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    /// <summary>Mean decrease in impurity, averaged over trees and normalised to sum to one.</summary>
    public double[] FeatureImportances() => ImpurityImportance.OfForest(Trees, FeatureCount);

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        ModelChecks.RowLength(features, FeatureCount);
        ModelChecks.Destination(probabilities, _classes.Length);
        ForestFitter.Average(Trees, features, probabilities);
    }

    /// <summary>Class probabilities of every row (row-major, one column per class), rows predicted in parallel.</summary>
    public double[] PredictProbabilities(Matrix features)
    {
        var sums = BatchPrediction.TreeSums(Trees, null, new double[_classes.Length], features, FeatureCount);
        for (var i = 0; i < sums.Length; i++) sums[i] /= Trees.Length;
        return sums;
    }

    /// <summary>Probability of the last class for every row, rows predicted in parallel.</summary>
    public double[] PredictPositiveProbability(Matrix features) =>
        BatchPrediction.LastColumn(PredictProbabilities(features), features.Rows, _classes.Length);

    internal RandomForestClassifierModel WithOutOfBag(double score, double[] probabilities) =>
        new(Trees, _classes, FeatureCount, score, probabilities);

    string ITreeEnsembleSource.OutputName(int output) =>
        string.Create(CultureInfo.InvariantCulture, $"probability of class {_classes[output]}");

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDoubles(_classes);
        ForestFitter.WriteTrees(writer, Trees);
        writer.WriteBool(OutOfBagScore is not null);
        if (OutOfBagScore is { } score) writer.WriteDouble(score);
    }

    internal static RandomForestClassifierModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var classes = ModelChecks.ReadClasses(reader);
        var trees = ForestFitter.ReadTrees(reader, featureCount, classes.Length);
        for (var t = 0; t < trees.Length; t++) ModelChecks.ProbabilityLeaves(reader, trees[t], $"tree[{t}].values");
        double? score = reader.ReadBool("has-oob-score") ? reader.ReadDouble("oob-score") : null;
        return new RandomForestClassifierModel(trees, classes, featureCount, score);
    }
}
