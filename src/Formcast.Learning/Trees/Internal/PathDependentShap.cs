namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// Exact path-dependent TreeSHAP (Lundberg, Erion &amp; Lee 2018, "Consistent individualized feature attribution for
/// tree ensembles", Algorithm 2; Lundberg et al. 2020, Nat. Mach. Intell. 2:56). The value of a feature subset S is
/// the tree's expectation when features outside S are integrated out by following both children in proportion to
/// their training cover; the recursion keeps, for every distinct feature on the path to a node, the fraction of
/// "zero" (feature absent) and "one" (feature present) paths and the permutation weights, which EXTEND and UNWIND
/// update in O(depth), giving all features' Shapley values in O(leaves × depth²) per tree.
/// </summary>
internal sealed class PathDependentShap
{
    private readonly Tree _tree;
    private readonly int _valueIndex;
    private readonly PathElement[] _arena;

    public PathDependentShap(Tree tree, int valueIndex)
    {
        _tree = tree;
        _valueIndex = valueIndex;
        var depth = tree.Depth() + 2;
        _arena = new PathElement[depth * (depth + 1) / 2];
    }

    /// <summary>Adds <paramref name="scale"/> × the SHAP values of one row to <paramref name="phi"/>.</summary>
    public void Add(ReadOnlySpan<double> x, double scale, Span<double> phi) => Recurse(x, phi, scale, 0, 0, 0, 1, 1, -1);

    /// <summary>The tree's mean prediction over the training cover: Σ_leaves cover/root cover × value.</summary>
    public static double ExpectedValue(Tree tree, int valueIndex)
    {
        var sum = 0.0;
        for (var i = 0; i < tree.NodeCount; i++)
        {
            if (tree.IsLeaf(i)) sum += tree.Cover[i] * tree.Values[(i * tree.ValueWidth) + valueIndex];
        }

        return sum / tree.Cover[0];
    }

    /// <param name="x">The row explained.</param>
    /// <param name="phi">SHAP values being accumulated.</param>
    /// <param name="scale">Weight of this tree in the model output.</param>
    /// <param name="node">Node reached.</param>
    /// <param name="parentStart">Where the parent's path starts in the arena.</param>
    /// <param name="length">Length of the parent's path.</param>
    /// <param name="zero">Fraction of "feature absent" paths entering this node from the parent's split.</param>
    /// <param name="one">Fraction of "feature present" paths (1 if x goes this way, else 0).</param>
    /// <param name="feature">Feature of the parent's split (−1 at the root).</param>
    private void Recurse(ReadOnlySpan<double> x, Span<double> phi, double scale, int node, int parentStart, int length,
        double zero, double one, int feature)
    {
        // Each level works on its own copy of the path, right after the parent's in the arena.
        var start = parentStart + length;
        if (length > 0) Array.Copy(_arena, parentStart, _arena, start, length);
        var path = _arena.AsSpan(start);
        Extend(path, ref length, zero, one, feature);

        var tree = _tree;
        if (tree.IsLeaf(node))
        {
            var value = tree.Values[(node * tree.ValueWidth) + _valueIndex] * scale;
            for (var i = 1; i < length; i++)
            {
                var w = UnwoundSum(path, length, i);
                phi[path[i].Feature] += w * (path[i].One - path[i].Zero) * value;
            }

            return;
        }

        var split = tree.Feature[node];
        var goesLeft = tree.GoesLeft(node, x);
        var hot = goesLeft ? tree.Left[node] : tree.Right[node];
        var cold = goesLeft ? tree.Right[node] : tree.Left[node];
        double incomingZero = 1, incomingOne = 1;
        // A feature seen before on this path is unwound, so it appears once, carrying both splits' fractions.
        for (var k = 1; k < length; k++)
        {
            if (path[k].Feature != split) continue;
            incomingZero = path[k].Zero;
            incomingOne = path[k].One;
            Unwind(path, ref length, k);
            break;
        }

        var cover = tree.Cover[node];
        Recurse(x, phi, scale, hot, start, length, incomingZero * tree.Cover[hot] / cover, incomingOne, split);
        Recurse(x, phi, scale, cold, start, length, incomingZero * tree.Cover[cold] / cover, 0, split);
    }

    private static void Extend(Span<PathElement> path, ref int length, double zero, double one, int feature)
    {
        var l = length;
        path[l] = new PathElement(feature, zero, one, l == 0 ? 1 : 0);
        for (var i = l - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) / (l + 1);
            path[i].Weight = zero * path[i].Weight * (l - i) / (l + 1);
        }

        length = l + 1;
    }

    private static void Unwind(Span<PathElement> path, ref int length, int index)
    {
        var l = length;
        var one = path[index].One;
        var zero = path[index].Zero;
        var next = path[l - 1].Weight;
        for (var j = l - 2; j >= 0; j--)
        {
            if (one != 0)
            {
                var t = path[j].Weight;
                path[j].Weight = next * l / ((j + 1) * one);
                next = t - (path[j].Weight * zero * (l - 1 - j) / l);
            }
            else
            {
                path[j].Weight = path[j].Weight * l / (zero * (l - 1 - j));
            }
        }

        for (var j = index; j < l - 1; j++)
        {
            path[j].Feature = path[j + 1].Feature;
            path[j].Zero = path[j + 1].Zero;
            path[j].One = path[j + 1].One;
        }

        length = l - 1;
    }

    /// <summary>Total permutation weight of the path with element <paramref name="index"/> unwound, without
    /// changing the path.</summary>
    private static double UnwoundSum(Span<PathElement> path, int length, int index)
    {
        var l = length;
        var one = path[index].One;
        var zero = path[index].Zero;
        var next = path[l - 1].Weight;
        var total = 0.0;
        for (var j = l - 2; j >= 0; j--)
        {
            if (one != 0)
            {
                var t = next * l / ((j + 1) * one);
                total += t;
                next = path[j].Weight - (t * zero * (l - 1 - j) / l);
            }
            else
            {
                total += path[j].Weight * l / (zero * (l - 1 - j));
            }
        }

        return total;
    }

    private struct PathElement(int feature, double zero, double one, double weight)
    {
        public int Feature = feature;
        public double Zero = zero;
        public double One = one;
        public double Weight = weight;
    }
}
