using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Baselines;

/// <summary>A fitted <see cref="KNearestNeighborsClassifier"/>.</summary>
public sealed class KNearestNeighborsClassifierModel : IClassifier
{
    public const string KindName = "knn-classifier";

    private readonly NeighborIndex _index;
    private readonly double[] _classes;
    private readonly int[] _labels;

    internal KNearestNeighborsClassifierModel(NeighborIndex index, double[] classes, int[] labels, int neighbors, NeighborWeighting weighting)
    {
        _index = index;
        _classes = classes;
        _labels = labels;
        Neighbors = neighbors;
        Weighting = weighting;
    }

    public string Kind => KindName;

    public int FeatureCount => _index.Rows.Columns;

    public IReadOnlyList<double> Classes => _classes;

    public int Neighbors { get; }

    public NeighborWeighting Weighting { get; }

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var small = Neighbors <= 64;
        Span<int> nearest = small ? stackalloc int[Neighbors] : new int[Neighbors];
        Span<double> distances = small ? stackalloc double[Neighbors] : new double[Neighbors];
        Span<double> votes = small ? stackalloc double[Neighbors] : new double[Neighbors];
        _index.Nearest(features, nearest, distances);
        NeighborIndex.VoteWeights(Weighting, distances, votes);
        probabilities.Clear();
        for (var i = 0; i < nearest.Length; i++) probabilities[_labels[nearest[i]]] += votes[i];
        double total = 0;
        foreach (var p in probabilities) total += p;
        for (var k = 0; k < probabilities.Length; k++) probabilities[k] /= total;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(Neighbors);
        writer.WriteInt32((int)Weighting);
        writer.WriteDoubles(_classes);
        writer.WriteInt32s(_labels);
        _index.Write(writer);
    }

    internal static KNearestNeighborsClassifierModel Read(ModelReader reader)
    {
        var neighbors = reader.ReadInt32("knn.neighbors", 1, int.MaxValue);
        var weighting = (NeighborWeighting)reader.ReadInt32("knn.weighting", 0, 1);
        var classes = reader.ReadDoubles("knn.classes");
        if (classes.Length == 0) throw reader.Error("knn.classes", "no classes");
        var labels = reader.ReadInt32s("knn.labels", 0, classes.Length - 1);
        var index = NeighborIndex.Read(reader, "knn.index");
        if (labels.Length != index.Rows.Rows) throw reader.Error("knn.labels", $"{labels.Length} labels for {index.Rows.Rows} rows");
        if (neighbors > index.Rows.Rows) throw reader.Error("knn.neighbors", $"{neighbors} neighbours among {index.Rows.Rows} rows");
        return new KNearestNeighborsClassifierModel(index, classes, labels, neighbors, weighting);
    }
}
