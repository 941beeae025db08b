using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Drift;

/// <summary>A fitted <see cref="DistanceOodDetector"/>.</summary>
public sealed class DistanceOodModel : IModel
{
    public const string KindName = "knn-ood";

    private readonly NeighborIndex _index;
    private readonly double[] _trainingScores;

    internal DistanceOodModel(NeighborIndex index, int neighbors, double threshold, double thresholdPercentile, double[] sortedTrainingScores)
    {
        _index = index;
        Neighbors = neighbors;
        Threshold = threshold;
        ThresholdPercentile = thresholdPercentile;
        _trainingScores = sortedTrainingScores;
    }

    public string Kind => KindName;

    public int FeatureCount => _index.Rows.Columns;

    public int Neighbors { get; }

    /// <summary>Scores above this are out of distribution.</summary>
    public double Threshold { get; }

    public double ThresholdPercentile { get; }

    /// <summary>Distance (standardised units) from <paramref name="features"/> to its k-th nearest training row.</summary>
    public double Score(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount) throw new ArgumentException($"expected {FeatureCount} features, got {features.Length}", nameof(features));
        foreach (var v in features)
        {
            if (!double.IsFinite(v)) return double.NaN;
        }

        Span<int> nearest = Neighbors <= 64 ? stackalloc int[Neighbors] : new int[Neighbors];
        Span<double> distances = Neighbors <= 64 ? stackalloc double[Neighbors] : new double[Neighbors];
        _index.Nearest(features, nearest, distances);
        return distances[^1];
    }

    /// <summary>True when the row is farther from the training data than <see cref="ThresholdPercentile"/> % of the
    /// training rows are from each other; rows with missing values are out of distribution.</summary>
    public bool IsOutOfDistribution(ReadOnlySpan<double> features)
    {
        var score = Score(features);
        return double.IsNaN(score) || score > Threshold;
    }

    /// <summary>Share (0–100) of training rows whose own score is below this row's score.</summary>
    public double PercentileRank(ReadOnlySpan<double> features)
    {
        var score = Score(features);
        if (double.IsNaN(score)) return double.NaN;
        var below = Array.BinarySearch(_trainingScores, score);
        if (below < 0) below = ~below;
        else
        {
            while (below > 0 && _trainingScores[below - 1] == score) below--;
        }

        return 100.0 * below / _trainingScores.Length;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(Neighbors);
        writer.WriteDouble(Threshold);
        writer.WriteDouble(ThresholdPercentile);
        writer.WriteDoubles(_trainingScores);
        _index.Write(writer);
    }

    internal static DistanceOodModel Read(ModelReader reader)
    {
        var neighbors = reader.ReadInt32("ood.neighbors", 1, int.MaxValue);
        var threshold = reader.ReadFiniteDouble("ood.threshold");
        var percentile = reader.ReadFiniteDouble("ood.percentile");
        if (percentile is < 0 or > 100) throw reader.Error("ood.percentile", $"{percentile} is outside 0–100");
        var scores = reader.ReadDoubles("ood.scores");
        var index = NeighborIndex.Read(reader, "ood.index");
        if (scores.Length != index.Rows.Rows) throw reader.Error("ood.scores", $"{scores.Length} scores for {index.Rows.Rows} rows");
        if (neighbors >= index.Rows.Rows) throw reader.Error("ood.neighbors", $"{neighbors} neighbours among {index.Rows.Rows} rows");
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] < scores[i - 1]) throw reader.Error("ood.scores", "training scores are not sorted");
        }

        return new DistanceOodModel(index, neighbors, threshold, percentile, scores);
    }
}
