namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// A model's trees and how their values combine into its outputs: output o = bias[o] + scale × Σ_t value_t[o].
/// Without <see cref="TreeOutput"/> every tree carries one value per output (CART, forests); with it, tree t adds
/// its single value to output <c>TreeOutput[t]</c> (one tree per class and round in multi-class boosting).
/// TreeSHAP explains any model that exposes this.
/// </summary>
internal sealed class TreeEnsemble
{
    public TreeEnsemble(Tree[] trees, int outputs, double[] bias, double scale, int[]? treeOutput = null)
    {
        if (bias.Length != outputs) throw new ArgumentException("one bias per output is needed", nameof(bias));
        if (treeOutput is not null && treeOutput.Length != trees.Length) throw new ArgumentException("one output per tree is needed", nameof(treeOutput));
        Trees = trees;
        Outputs = outputs;
        Bias = bias;
        Scale = scale;
        TreeOutput = treeOutput;
    }

    public Tree[] Trees { get; }

    public int Outputs { get; }

    public double[] Bias { get; }

    public double Scale { get; }

    public int[]? TreeOutput { get; }

    /// <summary>Whether tree <paramref name="tree"/> adds to <paramref name="output"/>, and at which position of its
    /// node values (<paramref name="valueIndex"/>).</summary>
    public bool Feeds(int tree, int output, out int valueIndex)
    {
        if (TreeOutput is null)
        {
            valueIndex = output;
            return true;
        }

        valueIndex = 0;
        return TreeOutput[tree] == output;
    }

    /// <summary>The raw output (before any link such as the logistic function) for one row.</summary>
    public double Predict(ReadOnlySpan<double> x, int output)
    {
        var sum = 0.0;
        for (var t = 0; t < Trees.Length; t++)
        {
            if (!Feeds(t, output, out var k)) continue;
            var tree = Trees[t];
            sum += tree.Values[(tree.FindLeaf(x) * tree.ValueWidth) + k];
        }

        return Bias[output] + (Scale * sum);
    }
}
