using System.Globalization;
using System.Numerics.Tensors;

namespace Formcast.Learning.Linear;

/// <summary>
/// A fitted logistic regression. Two classes: one score s = w·x + b, P(last class) = σ(s). Softmax: one score per
/// class, probabilities = softmax(scores). One-vs-rest: one sigmoid per class, normalised to sum to 1
/// (scikit-learn's <c>predict_proba</c> for <c>multi_class="ovr"</c>).
/// </summary>
public sealed class LogisticRegressionModel : IClassifier, ICoefficientModel
{
    public const string KindName = "logistic-regression";

    private readonly double[] _classes;
    private readonly double[][] _coefficients;
    private readonly double[] _intercepts;

    internal LogisticRegressionModel(double[] classes, MultiClassStrategy multiClass, double[][] coefficients, double[] intercepts)
    {
        _classes = classes;
        MultiClass = multiClass;
        _coefficients = coefficients;
        _intercepts = intercepts;
    }

    public string Kind => KindName;

    public int FeatureCount => _coefficients[0].Length;

    public IReadOnlyList<double> Classes => _classes;

    /// <summary>True when one sigmoid separates two classes.</summary>
    public bool IsBinary => _classes.Length == 2;

    /// <summary>The strategy used when there are more than two classes.</summary>
    public MultiClassStrategy MultiClass { get; }

    public int CoefficientRows => _coefficients.Length;

    public ReadOnlySpan<double> Coefficients(int row) => _coefficients[row];

    /// <summary>Intercepts, one per coefficient row.</summary>
    public IReadOnlyList<double> Intercepts => _intercepts;

    /// <summary>Writes the linear scores w_k·x + b_k (one per coefficient row) into <paramref name="scores"/>.</summary>
    public void DecisionFunction(ReadOnlySpan<double> features, Span<double> scores)
    {
        if (features.Length != FeatureCount)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {FeatureCount} features, got {features.Length}"), nameof(features));
        for (var k = 0; k < _coefficients.Length; k++) scores[k] = TensorPrimitives.Dot(features, _coefficients[k]) + _intercepts[k];
    }

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        if (IsBinary)
        {
            Span<double> score = stackalloc double[1];
            DecisionFunction(features, score);
            var positive = Sigmoid(score[0]);
            probabilities[0] = 1 - positive;
            probabilities[1] = positive;
            return;
        }

        var p = probabilities[.._classes.Length];
        DecisionFunction(features, p);
        if (MultiClass == MultiClassStrategy.Multinomial)
        {
            TensorPrimitives.SoftMax(p, p);
            return;
        }

        for (var k = 0; k < p.Length; k++) p[k] = Sigmoid(p[k]);
        TensorPrimitives.Divide(p, TensorPrimitives.Sum(p), p);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32((int)MultiClass);
        writer.WriteDoubles(_classes);
        writer.WriteInt32(FeatureCount);
        foreach (var row in _coefficients) writer.WriteDoubles(row);
        writer.WriteDoubles(_intercepts);
    }

    internal static LogisticRegressionModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var multiClass = (MultiClassStrategy)reader.ReadInt32("multiClass", 0, 1);
        var classes = reader.ReadDoubles("classes");
        if (classes.Length < 2) throw reader.Error("classes", "a classifier needs at least two classes");
        for (var k = 1; k < classes.Length; k++)
        {
            if (!(classes[k] > classes[k - 1])) throw reader.Error("classes", "class labels must be strictly increasing");
        }

        var features = reader.ReadInt32("features", 1, ModelReader.MaxLength);
        var rows = classes.Length == 2 ? 1 : classes.Length;
        var coefficients = new double[rows][];
        for (var k = 0; k < rows; k++) coefficients[k] = reader.ReadDoubles("coefficients", features);
        var intercepts = reader.ReadDoubles("intercepts", rows);
        return new LogisticRegressionModel(classes, multiClass, coefficients, intercepts);
    }

    private static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
