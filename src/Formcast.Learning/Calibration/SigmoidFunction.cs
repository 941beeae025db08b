namespace Formcast.Learning.Calibration;

/// <summary>A fitted Platt sigmoid p = 1 / (1 + exp(A·s + B)) (scikit-learn's <c>a_</c>, <c>b_</c> convention).</summary>
public sealed class SigmoidFunction : IProbabilityMap
{
    public SigmoidFunction(double a, double b)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b)) throw new ArgumentOutOfRangeException(nameof(a), "sigmoid parameters must be finite");
        A = a;
        B = b;
    }

    public double A { get; }

    public double B { get; }

    public double Predict(double score) => 1 / (1 + Math.Exp((A * score) + B));

    double IProbabilityMap.Map(double score) => Predict(score);

    void IProbabilityMap.Write(ModelWriter writer)
    {
        writer.WriteDouble(A);
        writer.WriteDouble(B);
    }

    internal static SigmoidFunction Read(ModelReader reader) =>
        new(reader.ReadFiniteDouble("sigmoid.a"), reader.ReadFiniteDouble("sigmoid.b"));
}
