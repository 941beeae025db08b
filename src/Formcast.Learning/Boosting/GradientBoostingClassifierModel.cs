using System.Globalization;
using Formcast.Learning.Boosting.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// A fitted boosted classifier. Two classes: one margin, the log-odds of the second class, p = σ(margin). More
/// classes: one margin per class, probabilities by softmax. TreeSHAP explains the margins.
/// </summary>
public sealed class GradientBoostingClassifierModel : IClassifier, ITreeEnsembleSource
{
    public const string KindName = "gradient-boosting-classifier";

    private readonly double[] _classes;

    internal GradientBoostingClassifierModel(Tree[] trees, int[] treeOutput, double[] baseMargins, double[] classes, int featureCount, double[]? validationLoss = null)
    {
        Trees = trees;
        TreeOutput = treeOutput;
        BaseMargins = baseMargins;
        _classes = classes;
        FeatureCount = featureCount;
        ValidationLoss = validationLoss ?? [];
        Ensemble = new TreeEnsemble(trees, baseMargins.Length, baseMargins, 1.0, treeOutput);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public IReadOnlyList<double> Classes => _classes;

    /// <summary>Margins per row: 1 for two classes, else one per class.</summary>
    public int MarginCount => BaseMargins.Length;

    /// <summary>Boosting rounds kept (after early stopping).</summary>
    public int Rounds => Trees.Length / MarginCount;

    /// <summary>Validation loss after each round (log loss), empty without validation data; not saved.</summary>
    public IReadOnlyList<double> ValidationLoss { get; }

    internal Tree[] Trees { get; }

    internal int[] TreeOutput { get; }

    internal double[] BaseMargins { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    /// <summary>Raw margins (log-odds scale) of one row.</summary>
    public void PredictMargins(ReadOnlySpan<double> features, Span<double> margins)
    {
        ModelChecks.RowLength(features, FeatureCount);
        ModelChecks.Destination(margins, MarginCount);
        BoostedTrees.Margins(Trees, TreeOutput, BaseMargins, features, margins);
    }

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        ModelChecks.RowLength(features, FeatureCount);
        ModelChecks.Destination(probabilities, _classes.Length);
        Probabilities(features, probabilities);
    }

    /// <summary>Class probabilities of every row (row-major), rows predicted in parallel.</summary>
    public double[] PredictProbabilities(Matrix features)
    {
        var margins = BatchPrediction.TreeSums(Trees, TreeOutput, BaseMargins, features, FeatureCount);
        var width = _classes.Length;
        var result = new double[features.Rows * width];
        for (var r = 0; r < features.Rows; r++) Link(margins.AsSpan(r * MarginCount, MarginCount), result.AsSpan(r * width, width));
        return result;
    }

    /// <summary>Probability of the last class for every row, rows predicted in parallel.</summary>
    public double[] PredictPositiveProbability(Matrix features) =>
        BatchPrediction.LastColumn(PredictProbabilities(features), features.Rows, _classes.Length);

    private void Probabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> margins = stackalloc double[MarginCount];
        BoostedTrees.Margins(Trees, TreeOutput, BaseMargins, features, margins);
        Link(margins, probabilities);
    }

    /// <summary>Margins to probabilities: σ for one margin (two classes), softmax otherwise.</summary>
    private static void Link(ReadOnlySpan<double> margins, Span<double> probabilities)
    {
        if (margins.Length == 1)
        {
            var p = GradientBoostingMath.Sigmoid(margins[0]);
            probabilities[0] = 1 - p;
            probabilities[1] = p;
            return;
        }

        GradientBoostingMath.Softmax(margins, probabilities);
    }

    string ITreeEnsembleSource.OutputName(int output) => MarginCount == 1
        ? string.Create(CultureInfo.InvariantCulture, $"log-odds of class {_classes[1]}")
        : string.Create(CultureInfo.InvariantCulture, $"softmax margin of class {_classes[output]}");

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDoubles(_classes);
        BoostedTrees.Write(writer, Trees, TreeOutput, BaseMargins);
    }

    internal static GradientBoostingClassifierModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var classes = ModelChecks.ReadClasses(reader);
        if (classes.Length < 2) throw reader.Error("classes", "a boosted classifier has at least two classes");
        var (trees, treeOutput, baseMargins) = BoostedTrees.Read(reader, featureCount, classes.Length == 2 ? 1 : classes.Length);
        return new GradientBoostingClassifierModel(trees, treeOutput, baseMargins, classes, featureCount);
    }
}
