using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A fitted regression tree: each leaf predicts the weighted mean target of its training rows.</summary>
public sealed class DecisionTreeRegressorModel : IRegressor, ITreeEnsembleSource
{
    public const string KindName = "decision-tree-regressor";

    internal DecisionTreeRegressorModel(Tree tree, int featureCount)
    {
        Tree = tree;
        FeatureCount = featureCount;
        Ensemble = new TreeEnsemble([tree], 1, [0.0], 1.0);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public int NodeCount => Tree.NodeCount;

    public int LeafCount => Tree.LeafCount();

    public int Depth => Tree.Depth();

    internal Tree Tree { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    /// <summary>Mean decrease in squared error per feature, summing to one (zero for a tree without splits).</summary>
    public double[] FeatureImportances() => ImpurityImportance.Of(Tree, FeatureCount);

    public double Predict(ReadOnlySpan<double> features)
    {
        ModelChecks.RowLength(features, FeatureCount);
        return Tree.Values[Tree.FindLeaf(features)];
    }

    string ITreeEnsembleSource.OutputName(int output) => "prediction";

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        Tree.Write(writer);
    }

    internal static DecisionTreeRegressorModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var tree = Tree.Read(reader, featureCount, 1, "tree");
        return new DecisionTreeRegressorModel(tree, featureCount);
    }
}
