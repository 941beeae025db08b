namespace Formcast.Learning.Ensembles;

/// <summary>A fitted <see cref="StackingLinearBlender"/>: intercept + Σ weightⱼ·xⱼ.</summary>
public sealed class StackingLinearBlenderModel : IRegressor
{
    public const string KindName = "stacking-blender";

    private readonly double[] _weights;

    internal StackingLinearBlenderModel(double[] weights, double intercept)
    {
        _weights = weights;
        Intercept = intercept;
    }

    public string Kind => KindName;

    public int FeatureCount => _weights.Length;

    /// <summary>Weight of each input (base prediction), in input order.</summary>
    public IReadOnlyList<double> Weights => _weights;

    public double Intercept { get; }

    public double Predict(ReadOnlySpan<double> features)
    {
        var sum = Intercept;
        for (var j = 0; j < _weights.Length; j++) sum += _weights[j] * features[j];
        return sum;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_weights);
        writer.WriteDouble(Intercept);
    }

    internal static StackingLinearBlenderModel Read(ModelReader reader) =>
        new(reader.ReadDoubles("blender.weights"), reader.ReadFiniteDouble("blender.intercept"));
}
