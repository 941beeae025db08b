namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// The statistics of one node during a split search, in scikit-learn's shape (<c>sklearn/tree/_criterion.pyx</c>,
/// 1.2): <see cref="Init"/> sums the node, <see cref="Update"/> moves the boundary between left and right through the
/// node's samples (sorted by the feature being tried), and the proxy ranks candidate splits without the constant
/// terms. The arithmetic is kept in the same order as there, so equal inputs give equal bits.
/// </summary>
internal interface ISplitCriterion
{
    double WeightedNodeSamples { get; }

    double WeightedLeft { get; }

    double WeightedRight { get; }

    void Init(int[] samples, int start, int end);

    /// <summary>Empties the left side (boundary at the node's start).</summary>
    void Reset();

    /// <summary>Moves the boundary to <paramref name="newPosition"/>: samples before it are left.</summary>
    void Update(int newPosition);

    double NodeImpurity();

    void ChildrenImpurity(out double left, out double right);

    /// <summary>A quantity that orders splits as the impurity improvement does, cheaper to compute.</summary>
    double ProxyImpurityImprovement();

    void NodeValue(Span<double> destination);
}
