using System.Globalization;
using System.Numerics.Tensors;
using Formcast.Learning.Linear;
using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Svm;

/// <summary>A fitted ε-SVR: f(x) = Σ coefₜ·K(xₜ, x) − ρ over the support vectors.</summary>
public sealed class SvrModel : IRegressor, ICoefficientModel
{
    public const string KindName = "svr";

    private readonly KernelFunction _kernel;
    private readonly Matrix _supportVectors;
    private readonly int[] _supportIndices;
    private readonly double[] _coefficients;
    private double[]? _linearWeights;

    internal SvrModel(KernelFunction kernel, Matrix supportVectors, int[] supportIndices, double[] coefficients, double rho, double objective, long iterations)
    {
        _kernel = kernel;
        _supportVectors = supportVectors;
        _supportIndices = supportIndices;
        _coefficients = coefficients;
        Rho = rho;
        Objective = objective;
        Iterations = iterations;
    }

    public string Kind => KindName;

    public int FeatureCount => _supportVectors.Columns;

    public KernelKind Kernel => _kernel.Kind;

    public double Gamma => _kernel.Gamma;

    public double Rho { get; }

    /// <summary>The dual objective at the solution (LIBSVM's "obj").</summary>
    public double Objective { get; }

    public long Iterations { get; }

    /// <summary>Training-row indices of the support vectors, ascending.</summary>
    public IReadOnlyList<int> SupportIndices => _supportIndices;

    /// <summary>αᵢ − αᵢ* per support vector.</summary>
    public IReadOnlyList<double> DualCoefficients => _coefficients;

    public int CoefficientRows => 1;

    /// <summary>Primal weights w = Σ coefₜ·xₜ (linear kernel only).</summary>
    public ReadOnlySpan<double> Coefficients(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(row, 0);
        if (_kernel.Kind != KernelKind.Linear) throw new InvalidOperationException("primal coefficients exist only for the linear kernel");
        if (_linearWeights is null)
        {
            var w = new double[FeatureCount];
            for (var t = 0; t < _coefficients.Length; t++) TensorPrimitives.MultiplyAdd(_supportVectors.Row(t), _coefficients[t], w, w);
            _linearWeights = w;
        }

        return _linearWeights;
    }

    public double Predict(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {FeatureCount} features, got {features.Length}"), nameof(features));
        var sum = 0.0;
        for (var t = 0; t < _coefficients.Length; t++) sum += _coefficients[t] * _kernel.Evaluate(_supportVectors.Row(t), features);
        return sum - Rho;
    }

    /// <summary>Predictions for every row, rows spread over threads.</summary>
    public double[] PredictAll(Matrix features, int maxDegreeOfParallelism = 0) =>
        Linear.Internal.RowChunks.Map(features, maxDegreeOfParallelism, r => Predict(features.Row(r)));

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SvmModelIo.WriteKernel(writer, _kernel);
        SvmModelIo.WriteSupportVectors(writer, _supportVectors, _supportIndices);
        writer.WriteDoubles(_coefficients);
        writer.WriteDouble(Rho);
        writer.WriteDouble(Objective);
        writer.WriteInt64(Iterations);
    }

    internal static SvrModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var kernel = SvmModelIo.ReadKernel(reader);
        var (vectors, indices) = SvmModelIo.ReadSupportVectors(reader);
        var coefficients = reader.ReadDoubles("coefficients", vectors.Rows);
        var rho = reader.ReadFiniteDouble("rho");
        var objective = reader.ReadDouble("objective");
        var iterations = reader.ReadInt64("iterations");
        return new SvrModel(kernel, vectors, indices, coefficients, rho, objective, iterations);
    }
}
