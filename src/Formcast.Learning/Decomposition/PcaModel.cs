using System.Globalization;
using System.Numerics.Tensors;

namespace Formcast.Learning.Decomposition;

/// <summary>A fitted PCA: mean, components (rows), explained variances; projects and reconstructs rows.</summary>
public sealed class PcaModel : IModel
{
    public const string KindName = "pca";

    private readonly double[] _mean;
    private readonly double[] _variance;
    private readonly double[] _ratio;
    private readonly double[] _singularValues;

    internal PcaModel(double[] mean, Matrix components, double[] variance, double[] ratio, double[] singularValues, double noiseVariance, bool whiten)
    {
        _mean = mean;
        Components = components;
        _variance = variance;
        _ratio = ratio;
        _singularValues = singularValues;
        NoiseVariance = noiseVariance;
        Whiten = whiten;
    }

    public string Kind => KindName;

    public int FeatureCount => _mean.Length;

    /// <summary>Principal axes, one unit-length row per component, by decreasing variance.</summary>
    public Matrix Components { get; }

    public int ComponentCount => Components.Rows;

    public IReadOnlyList<double> Mean => _mean;

    /// <summary>Variance along each component (S²/(n − 1)).</summary>
    public IReadOnlyList<double> ExplainedVariance => _variance;

    /// <summary>Each component's share of the total variance.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio => _ratio;

    public IReadOnlyList<double> SingularValues => _singularValues;

    /// <summary>Mean variance of the dropped components (Tipping &amp; Bishop 1999), 0 when none were dropped.</summary>
    public double NoiseVariance { get; }

    public bool Whiten { get; }

    /// <summary>Coordinates of a row along the components.</summary>
    public void Transform(ReadOnlySpan<double> features, Span<double> projection)
    {
        if (features.Length != FeatureCount)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {FeatureCount} features, got {features.Length}"), nameof(features));
        Span<double> centred = features.Length <= 256 ? stackalloc double[features.Length] : new double[features.Length];
        TensorPrimitives.Subtract(features, _mean, centred);
        for (var k = 0; k < ComponentCount; k++)
        {
            projection[k] = TensorPrimitives.Dot(centred, Components.Row(k));
            if (Whiten) projection[k] /= Math.Sqrt(_variance[k]);
        }
    }

    /// <summary>Projects every row.</summary>
    public Matrix Transform(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var result = new Matrix(features.Rows, ComponentCount);
        for (var i = 0; i < features.Rows; i++) Transform(features.Row(i), result.Row(i));
        return result;
    }

    /// <summary>The row (in feature space) whose projection is <paramref name="projection"/>.</summary>
    public void InverseTransform(ReadOnlySpan<double> projection, Span<double> features)
    {
        _mean.CopyTo(features);
        for (var k = 0; k < ComponentCount; k++)
        {
            var scale = Whiten ? projection[k] * Math.Sqrt(_variance[k]) : projection[k];
            TensorPrimitives.MultiplyAdd(Components.Row(k), scale, features, features);
        }
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_mean);
        writer.WriteInt32(ComponentCount);
        writer.WriteDoubles(Components.Data);
        writer.WriteDoubles(_variance);
        writer.WriteDoubles(_ratio);
        writer.WriteDoubles(_singularValues);
        writer.WriteDouble(NoiseVariance);
        writer.WriteBool(Whiten);
    }

    internal static PcaModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var mean = reader.ReadDoubles("mean");
        if (mean.Length == 0) throw reader.Error("mean", "PCA needs at least one feature");
        var k = reader.ReadInt32("components.count", 1, mean.Length);
        var components = reader.ReadDoubles("components", checked(k * mean.Length));
        var variance = reader.ReadDoubles("explainedVariance", k);
        var ratio = reader.ReadDoubles("explainedVarianceRatio", k);
        var singular = reader.ReadDoubles("singularValues", k);
        var noise = reader.ReadFiniteDouble("noiseVariance");
        var whiten = reader.ReadBool("whiten");
        if (whiten && variance.Any(v => !(v > 0))) throw reader.Error("explainedVariance", "whitening needs positive variances");
        return new PcaModel(mean, new Matrix(k, mean.Length, components), variance, ratio, singular, noise, whiten);
    }
}
