using System.Globalization;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A fitted classification tree: each leaf holds the weighted class proportions of its training rows.</summary>
public sealed class DecisionTreeClassifierModel : IClassifier, ITreeEnsembleSource
{
    public const string KindName = "decision-tree-classifier";

    private readonly double[] _classes;

    internal DecisionTreeClassifierModel(Tree tree, double[] classes, int featureCount)
    {
        Tree = tree;
        _classes = classes;
        FeatureCount = featureCount;
        Ensemble = new TreeEnsemble([tree], classes.Length, new double[classes.Length], 1.0);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public IReadOnlyList<double> Classes => _classes;

    public int NodeCount => Tree.NodeCount;

    public int LeafCount => Tree.LeafCount();

    public int Depth => Tree.Depth();

    internal Tree Tree { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    /// <summary>Mean decrease in impurity per feature, summing to one (zero for a tree without splits).</summary>
    public double[] FeatureImportances() => ImpurityImportance.Of(Tree, FeatureCount);

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        ModelChecks.RowLength(features, FeatureCount);
        ModelChecks.Destination(probabilities, _classes.Length);
        ModelChecks.CopyLeaf(Tree, features, probabilities);
    }

    string ITreeEnsembleSource.OutputName(int output) =>
        string.Create(CultureInfo.InvariantCulture, $"probability of class {_classes[output]}");

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteDoubles(_classes);
        Tree.Write(writer);
    }

    internal static DecisionTreeClassifierModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var classes = ModelChecks.ReadClasses(reader);
        var tree = Tree.Read(reader, featureCount, classes.Length, "tree");
        ModelChecks.ProbabilityLeaves(reader, tree, "tree.values");
        return new DecisionTreeClassifierModel(tree, classes, featureCount);
    }
}
