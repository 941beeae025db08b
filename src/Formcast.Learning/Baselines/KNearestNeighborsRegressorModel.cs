using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Baselines;

/// <summary>A fitted <see cref="KNearestNeighborsRegressor"/>.</summary>
public sealed class KNearestNeighborsRegressorModel : IRegressor
{
    public const string KindName = "knn-regressor";

    private readonly NeighborIndex _index;
    private readonly double[] _targets;

    internal KNearestNeighborsRegressorModel(NeighborIndex index, double[] targets, int neighbors, NeighborWeighting weighting)
    {
        _index = index;
        _targets = targets;
        Neighbors = neighbors;
        Weighting = weighting;
    }

    public string Kind => KindName;

    public int FeatureCount => _index.Rows.Columns;

    public int Neighbors { get; }

    public NeighborWeighting Weighting { get; }

    public double Predict(ReadOnlySpan<double> features)
    {
        var small = Neighbors <= 64;
        Span<int> nearest = small ? stackalloc int[Neighbors] : new int[Neighbors];
        Span<double> distances = small ? stackalloc double[Neighbors] : new double[Neighbors];
        Span<double> votes = small ? stackalloc double[Neighbors] : new double[Neighbors];
        _index.Nearest(features, nearest, distances);
        NeighborIndex.VoteWeights(Weighting, distances, votes);
        double sum = 0, total = 0;
        for (var i = 0; i < nearest.Length; i++)
        {
            sum += votes[i] * _targets[nearest[i]];
            total += votes[i];
        }

        return sum / total;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(Neighbors);
        writer.WriteInt32((int)Weighting);
        writer.WriteDoubles(_targets);
        _index.Write(writer);
    }

    internal static KNearestNeighborsRegressorModel Read(ModelReader reader)
    {
        var neighbors = reader.ReadInt32("knn.neighbors", 1, int.MaxValue);
        var weighting = (NeighborWeighting)reader.ReadInt32("knn.weighting", 0, 1);
        var targets = reader.ReadDoubles("knn.targets");
        var index = NeighborIndex.Read(reader, "knn.index");
        if (targets.Length != index.Rows.Rows) throw reader.Error("knn.targets", $"{targets.Length} targets for {index.Rows.Rows} rows");
        if (neighbors > index.Rows.Rows) throw reader.Error("knn.neighbors", $"{neighbors} neighbours among {index.Rows.Rows} rows");
        return new KNearestNeighborsRegressorModel(index, targets, neighbors, weighting);
    }
}
