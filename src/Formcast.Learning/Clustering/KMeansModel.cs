using System.Globalization;
using System.Numerics.Tensors;

namespace Formcast.Learning.Clustering;

/// <summary>A fitted k-means clustering: the centres, the training rows' clusters and the inertia.</summary>
public sealed class KMeansModel : IModel
{
    public const string KindName = "kmeans";

    private readonly int[] _labels;

    internal KMeansModel(Matrix centres, int[] labels, double inertia, int iterations)
    {
        Centres = centres;
        _labels = labels;
        Inertia = inertia;
        Iterations = iterations;
    }

    public string Kind => KindName;

    public int FeatureCount => Centres.Columns;

    /// <summary>Cluster centres, one row per cluster.</summary>
    public Matrix Centres { get; }

    public int Clusters => Centres.Rows;

    /// <summary>The cluster of each training row.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>Σ wᵢ‖xᵢ − c(xᵢ)‖² over the training rows.</summary>
    public double Inertia { get; }

    /// <summary>Lloyd iterations of the winning start.</summary>
    public int Iterations { get; }

    /// <summary>The nearest centre (by Euclidean distance; ties to the lower index).</summary>
    public int Predict(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {FeatureCount} features, got {features.Length}"), nameof(features));
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var j = 0; j < Centres.Rows; j++)
        {
            var d = TensorPrimitives.Distance(features, Centres.Row(j));
            if (d < bestDistance)
            {
                bestDistance = d;
                best = j;
            }
        }

        return best;
    }

    /// <summary>Euclidean distance to every centre.</summary>
    public void Transform(ReadOnlySpan<double> features, Span<double> distances)
    {
        for (var j = 0; j < Centres.Rows; j++) distances[j] = TensorPrimitives.Distance(features, Centres.Row(j));
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(Centres.Rows);
        writer.WriteInt32(Centres.Columns);
        writer.WriteDoubles(Centres.Data);
        writer.WriteInt32s(_labels);
        writer.WriteDouble(Inertia);
        writer.WriteInt32(Iterations);
    }

    internal static KMeansModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var k = reader.ReadInt32("clusters", 1, ModelReader.MaxLength);
        var p = reader.ReadInt32("features", 1, ModelReader.MaxLength);
        var centres = reader.ReadDoubles("centres", checked(k * p));
        var labels = reader.ReadInt32s("labels", 0, k - 1);
        var inertia = reader.ReadFiniteDouble("inertia");
        var iterations = reader.ReadInt32("iterations", 0, int.MaxValue);
        return new KMeansModel(new Matrix(k, p, centres), labels, inertia, iterations);
    }
}
