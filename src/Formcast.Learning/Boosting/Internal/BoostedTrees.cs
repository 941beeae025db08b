using Formcast.Learning.Ensembles.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>Margins of boosted trees and their storage, shared by the boosted models.</summary>
internal static class BoostedTrees
{
    /// <summary>margin_k = base_k + Σ over the trees of output k of their leaf weights.</summary>
    public static void Margins(Tree[] trees, int[] treeOutput, double[] baseMargins, ReadOnlySpan<double> x, Span<double> destination)
    {
        baseMargins.CopyTo(destination);
        for (var t = 0; t < trees.Length; t++) destination[treeOutput[t]] += trees[t].Values[trees[t].FindLeaf(x)];
    }

    public static void Write(ModelWriter writer, Tree[] trees, int[] treeOutput, double[] baseMargins)
    {
        writer.WriteDoubles(baseMargins);
        writer.WriteInt32s(treeOutput);
        ForestFitter.WriteTrees(writer, trees);
    }

    public static (Tree[] Trees, int[] TreeOutput, double[] BaseMargins) Read(ModelReader reader, int featureCount, int outputs)
    {
        var baseMargins = reader.ReadDoubles("base-margins", outputs);
        var treeOutput = reader.ReadInt32s("tree-output", 0, outputs - 1);
        var trees = ForestFitter.ReadTrees(reader, featureCount, 1);
        if (trees.Length != treeOutput.Length) throw reader.Error("tree-output", $"{treeOutput.Length} outputs for {trees.Length} trees");
        return (trees, treeOutput, baseMargins);
    }
}
