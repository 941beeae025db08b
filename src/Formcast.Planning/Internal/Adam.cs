using System.Numerics.Tensors;

namespace Formcast.Planning;

/// <summary>Adam (Kingma &amp; Ba 2015) with bias correction, over one flat parameter span.</summary>
internal sealed class Adam
{
    private readonly float[] _m;
    private readonly float[] _v;
    private readonly float[] _scratch;
    private long _step;

    public Adam(int parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-5)
    {
        _m = new float[parameters];
        _v = new float[parameters];
        _scratch = new float[parameters];
        LearningRate = learningRate;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
    }

    public double LearningRate { get; set; }

    public double Beta1 { get; }

    public double Beta2 { get; }

    public double Epsilon { get; }

    public long Steps => _step;

    /// <summary>θ ← θ − lr·m̂/(√v̂ + ε) with m, v the bias-corrected first and second moment of the gradient.</summary>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradient)
    {
        _step++;
        var b1 = (float)Beta1;
        var b2 = (float)Beta2;
        // m = β1·m + (1−β1)·g ; v = β2·v + (1−β2)·g².
        TensorPrimitives.Multiply(_m, b1, _m);
        TensorPrimitives.MultiplyAdd(gradient, 1 - b1, _m, _m);
        TensorPrimitives.Multiply(gradient, gradient, _scratch);
        TensorPrimitives.Multiply(_v, b2, _v);
        TensorPrimitives.MultiplyAdd(_scratch, 1 - b2, _v, _v);
        var correction1 = 1 - Math.Pow(Beta1, _step);
        var correction2 = 1 - Math.Pow(Beta2, _step);
        // θ −= lr/c1 · m / (√(v/c2) + ε).
        TensorPrimitives.Multiply(_v, (float)(1 / correction2), _scratch);
        TensorPrimitives.Sqrt(_scratch, _scratch);
        TensorPrimitives.Add(_scratch, (float)Epsilon, _scratch);
        TensorPrimitives.Divide(_m, _scratch, _scratch);
        TensorPrimitives.MultiplyAdd(_scratch, (float)(-LearningRate / correction1), parameters, parameters);
    }
}
