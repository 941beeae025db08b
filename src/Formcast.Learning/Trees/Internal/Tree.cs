using System.Runtime.CompilerServices;

namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// One fitted binary tree in flat arrays, shared by CART trees, forests and boosted ensembles. Node 0 is the root;
/// a leaf has feature −1. A row goes left when <c>(float)x[feature] ≤ threshold</c> — scikit-learn's rule on its
/// float32 features; boosted trees store XGBoost's <c>x &lt; cut</c> as the float just below the cut, which is the
/// same test — and a missing (NaN) value follows <see cref="DefaultLeft"/>. <see cref="Cover"/> is the weight
/// that reached each node (sample weight for CART, hessian sum for boosting): TreeSHAP weighs paths by it.
/// <see cref="Values"/> holds <see cref="ValueWidth"/> numbers per node (class probabilities, a mean, or a leaf weight).
/// </summary>
internal sealed class Tree
{
    private readonly PackedNode[] _nodes;

    public Tree(int[] feature, double[] threshold, int[] left, int[] right, bool[] defaultLeft, double[] cover,
        double[] values, int valueWidth, double[]? impurity = null, int[]? sampleCount = null)
    {
        var n = feature.Length;
        if (threshold.Length != n || left.Length != n || right.Length != n || defaultLeft.Length != n || cover.Length != n
            || values.Length != (long)n * valueWidth || (impurity is not null && impurity.Length != n)
            || (sampleCount is not null && sampleCount.Length != n))
            throw new ArgumentException("tree arrays differ in length");
        Feature = feature;
        Threshold = threshold;
        Left = left;
        Right = right;
        DefaultLeft = defaultLeft;
        Cover = cover;
        Values = values;
        ValueWidth = valueWidth;
        Impurity = impurity;
        SampleCount = sampleCount;
        _nodes = new PackedNode[n];
        for (var i = 0; i < n; i++) _nodes[i] = new PackedNode(feature[i], left[i], right[i], defaultLeft[i], threshold[i]);
    }

    public int NodeCount => Feature.Length;

    public int ValueWidth { get; }

    public int[] Feature { get; }

    public double[] Threshold { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public bool[] DefaultLeft { get; }

    public double[] Cover { get; }

    public double[] Values { get; }

    /// <summary>Impurity of each node (CART only), for impurity-based feature importance.</summary>
    public double[]? Impurity { get; }

    /// <summary>Distinct training samples in each node (CART only; scikit-learn's <c>n_node_samples</c>).</summary>
    public int[]? SampleCount { get; }

    public bool IsLeaf(int node) => Feature[node] < 0;

    public ReadOnlySpan<double> Value(int node) => Values.AsSpan(node * ValueWidth, ValueWidth);

    /// <summary>The leaf reached by <paramref name="x"/>. Inlined into the batch loops, which are compiled fully optimised
    /// on first use, so a model's first batch prediction does not run unoptimised code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FindLeaf(ReadOnlySpan<double> x)
    {
        var nodes = _nodes;
        var i = 0;
        while (true)
        {
            ref readonly var node = ref nodes[i];
            if (node.Feature < 0) return i;
            var v = x[node.Feature];
            i = double.IsNaN(v)
                ? (node.DefaultLeft ? node.Left : node.Right)
                : ((float)v <= node.Threshold ? node.Left : node.Right);
        }
    }

    /// <summary>Whether <paramref name="x"/> goes to the left child of internal node <paramref name="node"/>.</summary>
    public bool GoesLeft(int node, ReadOnlySpan<double> x)
    {
        var v = x[Feature[node]];
        return double.IsNaN(v) ? DefaultLeft[node] : (float)v <= Threshold[node];
    }

    /// <summary>Depth of the deepest leaf (a lone root has depth 0).</summary>
    public int Depth()
    {
        var depth = new int[NodeCount];
        var max = 0;
        for (var i = 0; i < NodeCount; i++)
        {
            if (IsLeaf(i)) continue;
            depth[Left[i]] = depth[Right[i]] = depth[i] + 1;
            max = Math.Max(max, depth[i] + 1);
        }

        return max;
    }

    public int LeafCount()
    {
        var count = 0;
        foreach (var f in Feature)
        {
            if (f < 0) count++;
        }

        return count;
    }

    /// <summary>Writes the tree; <see cref="Read"/> checks every field.</summary>
    public void Write(ModelWriter writer)
    {
        writer.WriteInt32(ValueWidth);
        writer.WriteInt32s(Feature);
        writer.WriteDoubles(Threshold);
        writer.WriteInt32s(Left);
        writer.WriteInt32s(Right);
        var flags = new int[NodeCount];
        for (var i = 0; i < flags.Length; i++) flags[i] = DefaultLeft[i] ? 1 : 0;
        writer.WriteInt32s(flags);
        writer.WriteDoubles(Cover);
        writer.WriteDoubles(Values);
        writer.WriteBool(Impurity is not null);
        if (Impurity is not null)
        {
            writer.WriteDoubles(Impurity);
            writer.WriteInt32s(SampleCount ?? new int[NodeCount]);
        }
    }

    /// <summary>Reads a tree over <paramref name="featureCount"/> features with <paramref name="valueWidth"/> values
    /// per node, rejecting anything that is not a finite binary tree with children after their parent.</summary>
    public static Tree Read(ModelReader reader, int featureCount, int valueWidth, string field)
    {
        var width = reader.ReadInt32(field + ".value-width", valueWidth, valueWidth);
        var feature = reader.ReadInt32s(field + ".feature", -1, featureCount - 1);
        var n = feature.Length;
        if (n == 0) throw reader.Error(field + ".feature", "a tree needs at least one node");
        var threshold = reader.ReadDoubles(field + ".threshold", n, requireFinite: false);
        var left = reader.ReadInt32s(field + ".left", -1, n - 1, n);
        var right = reader.ReadInt32s(field + ".right", -1, n - 1, n);
        var flags = reader.ReadInt32s(field + ".default-left", 0, 1, n);
        var cover = reader.ReadDoubles(field + ".cover", n);
        var values = reader.ReadDoubles(field + ".values", checked(n * width));
        double[]? impurity = null;
        int[]? samples = null;
        if (reader.ReadBool(field + ".has-impurity"))
        {
            impurity = reader.ReadDoubles(field + ".impurity", n);
            samples = reader.ReadInt32s(field + ".sample-count", 0, int.MaxValue, n);
        }

        var parents = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (cover[i] < 0) throw reader.Error(field + ".cover", $"node {i} has negative cover {cover[i]}");
            if (feature[i] < 0)
            {
                if (left[i] != -1 || right[i] != -1) throw reader.Error(field + ".left", $"leaf {i} has children");
                continue;
            }

            if (double.IsNaN(threshold[i])) throw reader.Error(field + ".threshold", $"node {i} has a NaN threshold");
            if (left[i] <= i || right[i] <= i || left[i] == right[i])
                throw reader.Error(field + ".left", $"node {i} has children {left[i]} and {right[i]}; children must follow their parent");
            parents[left[i]]++;
            parents[right[i]]++;
        }

        for (var i = 1; i < n; i++)
        {
            if (parents[i] != 1) throw reader.Error(field + ".left", $"node {i} has {parents[i]} parents");
        }

        var defaultLeft = new bool[n];
        for (var i = 0; i < n; i++) defaultLeft[i] = flags[i] == 1;
        return new Tree(feature, threshold, left, right, defaultLeft, cover, values, width, impurity, samples);
    }

    private readonly record struct PackedNode(int Feature, int Left, int Right, bool DefaultLeft, double Threshold);
}
