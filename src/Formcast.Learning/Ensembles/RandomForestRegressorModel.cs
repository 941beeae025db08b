using Formcast.Learning.Ensembles.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A fitted random-forest regressor: the mean of its trees' predictions.</summary>
public sealed class RandomForestRegressorModel : IRegressor, ITreeEnsembleSource
{
    public const string KindName = "random-forest-regressor";

    internal RandomForestRegressorModel(Tree[] trees, int featureCount, double? outOfBagScore = null, double[]? outOfBag = null)
    {
        Trees = trees;
        FeatureCount = featureCount;
        OutOfBagScore = outOfBagScore;
        OutOfBagPredictions = outOfBag;
        Ensemble = new TreeEnsemble(trees, 1, [0.0], 1.0 / trees.Length);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public int TreeCount => Trees.Length;

    /// <summary>Out-of-bag R² over the training rows that at least one tree left out, or null when not computed.</summary>
    public double? OutOfBagScore { get; }

    /// <summary>Out-of-bag predictions of the training rows (NaN for rows every tree saw); not saved in model files.</summary>
    public double[]? OutOfBagPredictions { get; }

    internal Tree[] Trees { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    /// <summary>Mean decrease in squared error, averaged over trees and normalised to sum to one.</summary>
    public double[] FeatureImportances() => ImpurityImportance.OfForest(Trees, FeatureCount);

    public double Predict(ReadOnlySpan<double> features)
    {
        ModelChecks.RowLength(features, FeatureCount);
        Span<double> result = stackalloc double[1];
        ForestFitter.Average(Trees, features, result);
        return result[0];
    }

    /// <summary>Predicts every row, in parallel.</summary>
    public void Predict(Matrix features, Span<double> destination)
    {
        var all = BatchPrediction.TreeSums(Trees, null, [0.0], features, FeatureCount);
        for (var i = 0; i < all.Length; i++) all[i] /= Trees.Length;
        if (destination.Length < all.Length) throw new ArgumentException("destination is shorter than the number of rows", nameof(destination));
        all.CopyTo(destination);
    }

    internal RandomForestRegressorModel WithOutOfBag(double score, double[] predictions) =>
        new(Trees, FeatureCount, score, predictions);

    string ITreeEnsembleSource.OutputName(int output) => "prediction";

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        ForestFitter.WriteTrees(writer, Trees);
        writer.WriteBool(OutOfBagScore is not null);
        if (OutOfBagScore is { } score) writer.WriteDouble(score);
    }

    internal static RandomForestRegressorModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var trees = ForestFitter.ReadTrees(reader, featureCount, 1);
        double? score = reader.ReadBool("has-oob-score") ? reader.ReadDouble("oob-score") : null;
        return new RandomForestRegressorModel(trees, featureCount, score);
    }
}
