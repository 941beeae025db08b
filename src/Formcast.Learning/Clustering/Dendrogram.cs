using System.Globalization;

namespace Formcast.Learning.Clustering;

/// <summary>
/// The full merge tree of an agglomerative clustering over <see cref="Leaves"/> rows, merges in ascending height.
/// Cuts give flat clusters numbered as scikit-learn's <c>AgglomerativeClustering.labels_</c>.
/// </summary>
public sealed class Dendrogram : IModel
{
    public const string KindName = "dendrogram";

    private readonly DendrogramMerge[] _merges;

    internal Dendrogram(int leaves, int featureCount, Linkage linkage, DendrogramMerge[] merges)
    {
        Leaves = leaves;
        FeatureCount = featureCount;
        Linkage = linkage;
        _merges = merges;
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public int Leaves { get; }

    public Linkage Linkage { get; }

    /// <summary>The n − 1 merges, ascending by height.</summary>
    public IReadOnlyList<DendrogramMerge> Merges => _merges;

    /// <summary>Labels 0…k−1 per leaf after undoing the last k − 1 merges.</summary>
    public int[] CutIntoClusters(int clusters)
    {
        if (clusters < 1 || clusters > Leaves)
            throw new ArgumentOutOfRangeException(nameof(clusters), clusters, string.Create(CultureInfo.InvariantCulture, $"clusters must be in 1…{Leaves}"));
        return Internal.DendrogramCut.Labels(_merges, Leaves, clusters);
    }

    /// <summary>Labels per leaf when no merge at or above <paramref name="height"/> is made (scikit-learn's
    /// <c>distance_threshold</c>: k = 1 + the number of merges with height ≥ threshold).</summary>
    public int[] CutAtHeight(double height)
    {
        if (double.IsNaN(height)) throw new ArgumentOutOfRangeException(nameof(height), height, "height must be a number");
        var clusters = 1 + _merges.Count(m => m.Height >= height);
        return CutIntoClusters(Math.Min(clusters, Leaves));
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(Leaves);
        writer.WriteInt32(FeatureCount);
        writer.WriteInt32((int)Linkage);
        var left = new int[_merges.Length];
        var right = new int[_merges.Length];
        var heights = new double[_merges.Length];
        var sizes = new int[_merges.Length];
        for (var i = 0; i < _merges.Length; i++) (left[i], right[i], heights[i], sizes[i]) = _merges[i];
        writer.WriteInt32s(left);
        writer.WriteInt32s(right);
        writer.WriteDoubles(heights);
        writer.WriteInt32s(sizes);
    }

    internal static Dendrogram Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var leaves = reader.ReadInt32("leaves", 1, ModelReader.MaxLength);
        var features = reader.ReadInt32("features", 1, ModelReader.MaxLength);
        var linkage = (Linkage)reader.ReadInt32("linkage", (int)Linkage.Ward, (int)Linkage.Average);
        var count = leaves - 1;
        var left = reader.ReadInt32s("left", 0, (2 * leaves) - 3, count);
        var right = reader.ReadInt32s("right", 0, (2 * leaves) - 3, count);
        var heights = reader.ReadDoubles("heights", count);
        var sizes = reader.ReadInt32s("sizes", 2, leaves, count);
        var merges = new DendrogramMerge[count];
        for (var i = 0; i < count; i++)
        {
            if (left[i] >= leaves + i || right[i] >= leaves + i || left[i] >= right[i])
                throw reader.Error("merges", string.Create(CultureInfo.InvariantCulture, $"merge {i} joins {left[i]} and {right[i]}, not two earlier clusters in order"));
            if (i > 0 && heights[i] < heights[i - 1]) throw reader.Error("heights", string.Create(CultureInfo.InvariantCulture, $"merge {i} is lower than merge {i - 1}"));
            merges[i] = new DendrogramMerge(left[i], right[i], heights[i], sizes[i]);
        }

        return new Dendrogram(leaves, features, linkage, merges);
    }
}
