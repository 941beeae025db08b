using System.Buffers;
using System.Globalization;
using Formcast.Learning.Linear;
using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Svm;

/// <summary>
/// A fitted C-SVC: support vectors, and per class pair (i &lt; j) the coefficients yₜαₜ, ρ and, when fitted, Platt's
/// (A, B). Pairwise decision values follow LIBSVM: positive votes for the lower class of the pair.
/// </summary>
public sealed class SvmClassifierModel : IClassifier, ICoefficientModel
{
    public const string KindName = "svm-classifier";

    private readonly double[] _classes;
    private readonly KernelFunction _kernel;
    private readonly Matrix _supportVectors;
    private readonly int[] _supportIndices;
    private readonly PairModel[] _pairs;
    private double[][]? _linearWeights;

    private SvmClassifierModel(double[] classes, KernelFunction kernel, Matrix supportVectors, int[] supportIndices, PairModel[] pairs, bool hasProbability)
    {
        _classes = classes;
        _kernel = kernel;
        _supportVectors = supportVectors;
        _supportIndices = supportIndices;
        _pairs = pairs;
        HasProbability = hasProbability;
    }

    public string Kind => KindName;

    public int FeatureCount => _supportVectors.Columns;

    public IReadOnlyList<double> Classes => _classes;

    public KernelKind Kernel => _kernel.Kind;

    /// <summary>The γ used (resolved from the "scale"/"auto" rule at fit time).</summary>
    public double Gamma => _kernel.Gamma;

    /// <summary>True when Platt probabilities were fitted.</summary>
    public bool HasProbability { get; }

    /// <summary>Training-row indices of the support vectors, ascending.</summary>
    public IReadOnlyList<int> SupportIndices => _supportIndices;

    /// <summary>Support vectors per class, in class order (scikit-learn's <c>n_support_</c>).</summary>
    public int[] SupportVectorsPerClass()
    {
        var counts = new int[_classes.Length];
        var seen = new bool[_supportIndices.Length];
        for (var p = 0; p < _pairs.Length; p++)
        {
            var pair = _pairs[p];
            for (var t = 0; t < pair.Vectors.Length; t++)
            {
                if (seen[pair.Vectors[t]]) continue;
                seen[pair.Vectors[t]] = true;
                counts[pair.Coefficients[t] > 0 ? pair.First : pair.Second]++;
            }
        }

        return counts;
    }

    /// <summary>Per pair, in order (0,1), (0,2), …, (1,2), …: what the solver reported.</summary>
    public IReadOnlyList<SvmPairSummary> Pairs =>
        _pairs.Select(p => new SvmPairSummary(_classes[p.First], _classes[p.Second], p.Objective, p.Rho, p.Vectors.Length, p.Iterations)).ToArray();

    public int CoefficientRows => _pairs.Length;

    /// <summary>
    /// The primal weights w = Σ yₜαₜxₜ of pair <paramref name="row"/> (linear kernel only), signed as scikit-learn's
    /// <c>coef_</c>: for two classes positive favours the second class, for more, the first class of the pair.
    /// </summary>
    public ReadOnlySpan<double> Coefficients(int row)
    {
        if (_kernel.Kind != KernelKind.Linear) throw new InvalidOperationException("primal coefficients exist only for the linear kernel");
        if (_linearWeights is null)
        {
            var weights = new double[_pairs.Length][];
            for (var p = 0; p < _pairs.Length; p++)
            {
                weights[p] = new double[FeatureCount];
                var sign = _pairs.Length == 1 ? -1.0 : 1.0;
                for (var t = 0; t < _pairs[p].Vectors.Length; t++)
                {
                    var sv = _supportVectors.Row(_pairs[p].Vectors[t]);
                    System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(sv, sign * _pairs[p].Coefficients[t], weights[p], weights[p]);
                }
            }

            _linearWeights = weights;
        }

        return _linearWeights[row];
    }

    /// <summary>LIBSVM's decision value per pair (i &lt; j): Σ yₜαₜK(xₜ, x) − ρ, positive for class i.</summary>
    public void PairwiseDecisionValues(ReadOnlySpan<double> features, Span<double> values)
    {
        CheckWidth(features);
        var kernelValues = ArrayPool<double>.Shared.Rent(_supportVectors.Rows);
        try
        {
            for (var m = 0; m < _supportVectors.Rows; m++) kernelValues[m] = _kernel.Evaluate(_supportVectors.Row(m), features);
            for (var p = 0; p < _pairs.Length; p++)
            {
                var pair = _pairs[p];
                var sum = 0.0;
                for (var t = 0; t < pair.Vectors.Length; t++) sum += pair.Coefficients[t] * kernelValues[pair.Vectors[t]];
                values[p] = sum - pair.Rho;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(kernelValues);
        }
    }

    /// <summary>For two classes, the decision value with scikit-learn's sign: positive favours the second class.</summary>
    public double DecisionValue(ReadOnlySpan<double> features)
    {
        if (_classes.Length != 2) throw new InvalidOperationException("a single decision value exists only for two classes; use PairwiseDecisionValues");
        Span<double> value = stackalloc double[1];
        PairwiseDecisionValues(features, value);
        return -value[0];
    }

    /// <summary>The class with most pairwise votes (ties to the lower class), as LIBSVM and scikit-learn predict.</summary>
    public double PredictLabel(ReadOnlySpan<double> features)
    {
        var values = ArrayPool<double>.Shared.Rent(_pairs.Length);
        try
        {
            PairwiseDecisionValues(features, values);
            Span<int> votes = stackalloc int[_classes.Length];
            for (var p = 0; p < _pairs.Length; p++) votes[values[p] > 0 ? _pairs[p].First : _pairs[p].Second]++;
            var best = 0;
            for (var k = 1; k < votes.Length; k++)
            {
                if (votes[k] > votes[best]) best = k;
            }

            return _classes[best];
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
        }
    }

    /// <summary>Labels for every row, rows spread over threads.</summary>
    public double[] PredictLabels(Matrix features, int maxDegreeOfParallelism = 0) =>
        Linear.Internal.RowChunks.Map(features, maxDegreeOfParallelism, r => PredictLabel(features.Row(r)));

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        if (!HasProbability) throw new InvalidOperationException("this model was fitted with Probability = false; refit with probabilities to use them");
        var values = new double[_pairs.Length];
        PairwiseDecisionValues(features, values);
        const double MinProbability = 1e-7;
        if (_classes.Length == 2)
        {
            var first = Math.Clamp(PlattSigmoid.Probability(values[0], _pairs[0].SigmoidA, _pairs[0].SigmoidB), MinProbability, 1 - MinProbability);
            probabilities[0] = first;
            probabilities[1] = 1 - first;
            return;
        }

        var pairwise = new double[_classes.Length, _classes.Length];
        for (var p = 0; p < _pairs.Length; p++)
        {
            var pair = _pairs[p];
            var r = Math.Clamp(PlattSigmoid.Probability(values[p], pair.SigmoidA, pair.SigmoidB), MinProbability, 1 - MinProbability);
            pairwise[pair.First, pair.Second] = r;
            pairwise[pair.Second, pair.First] = 1 - r;
        }

        PairwiseCoupling.Solve(pairwise, probabilities[.._classes.Length]);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_classes);
        SvmModelIo.WriteKernel(writer, _kernel);
        SvmModelIo.WriteSupportVectors(writer, _supportVectors, _supportIndices);
        writer.WriteBool(HasProbability);
        writer.WriteInt32(_pairs.Length);
        foreach (var pair in _pairs)
        {
            writer.WriteInt32(pair.First);
            writer.WriteInt32(pair.Second);
            writer.WriteInt32s(pair.Vectors);
            writer.WriteDoubles(pair.Coefficients);
            writer.WriteDouble(pair.Rho);
            writer.WriteDouble(pair.SigmoidA);
            writer.WriteDouble(pair.SigmoidB);
            writer.WriteDouble(pair.Objective);
            writer.WriteInt64(pair.Iterations);
        }
    }

    internal static SvmClassifierModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var classes = reader.ReadDoubles("classes");
        if (classes.Length < 2) throw reader.Error("classes", "a classifier needs at least two classes");
        for (var k = 1; k < classes.Length; k++)
        {
            if (!(classes[k] > classes[k - 1])) throw reader.Error("classes", "class labels must be strictly increasing");
        }

        var kernel = SvmModelIo.ReadKernel(reader);
        var (supportVectors, supportIndices) = SvmModelIo.ReadSupportVectors(reader);
        var hasProbability = reader.ReadBool("hasProbability");
        var expectedPairs = classes.Length * (classes.Length - 1) / 2;
        reader.ReadInt32("pairs", expectedPairs, expectedPairs);
        var pairs = new PairModel[expectedPairs];
        var p = 0;
        for (var a = 0; a < classes.Length; a++)
        {
            for (var b = a + 1; b < classes.Length; b++, p++)
            {
                reader.ReadInt32("pair.first", a, a);
                reader.ReadInt32("pair.second", b, b);
                var vectors = reader.ReadInt32s("pair.vectors", 0, supportVectors.Rows - 1);
                var coefficients = reader.ReadDoubles("pair.coefficients", vectors.Length);
                var rho = reader.ReadFiniteDouble("pair.rho");
                var sigmoidA = hasProbability ? reader.ReadFiniteDouble("pair.sigmoidA") : reader.ReadDouble("pair.sigmoidA");
                var sigmoidB = hasProbability ? reader.ReadFiniteDouble("pair.sigmoidB") : reader.ReadDouble("pair.sigmoidB");
                var objective = reader.ReadDouble("pair.objective");
                var iterations = reader.ReadInt64("pair.iterations");
                pairs[p] = new PairModel(a, b, vectors, coefficients, rho, sigmoidA, sigmoidB, objective, iterations);
            }
        }

        return new SvmClassifierModel(classes, kernel, supportVectors, supportIndices, pairs, hasProbability);
    }

    internal static SvmClassifierModel Create(double[] classes, KernelFunction kernel, Matrix x, List<(int First, int Second)> pairs,
        BinaryClassifierSolution[] solutions, (double A, double B)[]? sigmoids)
    {
        var isSupport = new bool[x.Rows];
        foreach (var solution in solutions)
        {
            for (var t = 0; t < solution.Rows.Length; t++)
            {
                if (solution.Coefficients[t] != 0) isSupport[solution.Rows[t]] = true;
            }
        }

        var supportIndices = Enumerable.Range(0, x.Rows).Where(i => isSupport[i]).ToArray();
        var position = new int[x.Rows];
        for (var m = 0; m < supportIndices.Length; m++) position[supportIndices[m]] = m;
        var models = new PairModel[pairs.Count];
        for (var p = 0; p < pairs.Count; p++)
        {
            var solution = solutions[p];
            var vectors = new List<int>();
            var coefficients = new List<double>();
            for (var t = 0; t < solution.Rows.Length; t++)
            {
                if (solution.Coefficients[t] == 0) continue;
                vectors.Add(position[solution.Rows[t]]);
                coefficients.Add(solution.Coefficients[t]);
            }

            var (a, b) = sigmoids is null ? (double.NaN, double.NaN) : sigmoids[p];
            models[p] = new PairModel(pairs[p].First, pairs[p].Second, vectors.ToArray(), coefficients.ToArray(), solution.Rho, a, b, solution.Objective, solution.Iterations);
        }

        return new SvmClassifierModel(classes, kernel, x.SelectRows(supportIndices), supportIndices, models, sigmoids is not null);
    }

    private void CheckWidth(ReadOnlySpan<double> features)
    {
        if (features.Length != FeatureCount)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {FeatureCount} features, got {features.Length}"), nameof(features));
    }

    private sealed record PairModel(int First, int Second, int[] Vectors, double[] Coefficients, double Rho, double SigmoidA, double SigmoidB, double Objective, long Iterations);
}
