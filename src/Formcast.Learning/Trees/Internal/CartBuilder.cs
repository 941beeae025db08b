using System.Runtime.CompilerServices;

namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// Grows one CART tree depth-first with scikit-learn's best splitter and depth-first builder (1.2:
/// <c>sklearn/tree/_splitter.pyx</c> BestSplitter, <c>_tree.pyx</c> DepthFirstTreeBuilder): features are drawn in
/// random order (Fisher–Yates, skipping features already known to be constant), each drawn feature's values in the
/// node are sorted, every boundary between values more than 1e-7 apart is a candidate, and the threshold is the
/// midpoint of the two float32 values. A candidate replaces the best only if its proxy is strictly larger, so ties
/// go to the feature drawn first. Nodes are numbered in pre-order, left child first, like scikit-learn's.
/// </summary>
internal sealed class CartBuilder<TCriterion>
    where TCriterion : struct, ISplitCriterion
{
    /// <summary>scikit-learn's FEATURE_THRESHOLD: float32 values closer than this count as equal.</summary>
    private const float FeatureThreshold = 1e-7f;

    /// <summary>Machine epsilon of double (numpy's <c>finfo(double).eps</c>), scikit-learn's impurity tolerance.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    private readonly FeatureColumns _x;
    private readonly double[]? _weights;
    private readonly CartParameters _parameters;
    private readonly Func<int, int> _drawBelow;
    private readonly int _valueWidth;
    private readonly int[] _samples;
    private readonly float[] _xf;
    private readonly int[] _features;
    private readonly int[] _constantFeatures;
    private readonly double _weightedSamples;
    private readonly FeatureSort _sort;
    private TCriterion _criterion;

    /// <param name="x">Training features.</param>
    /// <param name="weights">Row weights (null = 1); rows of weight 0 (e.g. out of a bootstrap sample) are skipped.</param>
    /// <param name="criterion">Criterion over the training targets.</param>
    /// <param name="valueWidth">Values per node the criterion writes (class count or 1).</param>
    /// <param name="parameters">Growth limits.</param>
    /// <param name="drawBelow">Source of the feature draws: a uniform integer in [0, n) (normally <see cref="Rng.NextInt"/>;
    /// the parity tests pass scikit-learn's own generator to reproduce its tie-breaking).</param>
    public CartBuilder(FeatureColumns x, double[]? weights, TCriterion criterion, int valueWidth, CartParameters parameters, Func<int, int> drawBelow)
    {
        _x = x;
        _weights = weights;
        _criterion = criterion;
        _valueWidth = valueWidth;
        _parameters = parameters;
        _drawBelow = drawBelow;
        var n = x.Rows;
        var kept = 0;
        var total = 0.0;
        _samples = new int[n];
        for (var i = 0; i < n; i++)
        {
            var w = weights is null ? 1.0 : weights[i];
            if (w != 0.0) _samples[kept++] = i;
            total += w;
        }

        _samples = kept == n ? _samples : _samples[..kept];
        _weightedSamples = total;
        _xf = new float[kept];
        _sort = new FeatureSort(kept);
        _features = new int[x.Columns];
        for (var f = 0; f < _features.Length; f++) _features[f] = f;
        _constantFeatures = new int[x.Columns];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Tree Build()
    {
        var nodes = new NodeList(_valueWidth);
        var stack = new Stack<StackRecord>();
        stack.Push(new StackRecord(0, _samples.Length, 0, -1, false, double.PositiveInfinity, 0));
        var first = true;
        var value = new double[_valueWidth];
        while (stack.Count > 0)
        {
            var record = stack.Pop();
            var start = record.Start;
            var end = record.End;
            var nodeSamples = end - start;
            _criterion.Init(_samples, start, end);
            var weightedNode = _criterion.WeightedNodeSamples;
            var isLeaf = record.Depth >= _parameters.MaxDepth
                || nodeSamples < _parameters.MinSamplesSplit
                || nodeSamples < 2 * _parameters.MinSamplesLeaf
                || weightedNode < 2 * _parameters.MinWeightLeaf;
            var impurity = record.Impurity;
            if (first)
            {
                impurity = _criterion.NodeImpurity();
                first = false;
            }

            isLeaf = isLeaf || impurity <= Epsilon;
            var split = SplitRecord.None(end);
            var constants = record.ConstantFeatures;
            if (!isLeaf)
            {
                split = FindSplit(start, end, impurity, ref constants);
                isLeaf = split.Position >= end || split.Improvement + Epsilon < _parameters.MinImpurityDecrease;
            }

            // Node values come from the node totals, which the split search does not change.
            _criterion.NodeValue(value);
            var id = nodes.Add(record.Parent, record.IsLeft, isLeaf, split.Feature, split.Threshold, impurity, nodeSamples, weightedNode, value);
            if (!isLeaf)
            {
                stack.Push(new StackRecord(split.Position, end, record.Depth + 1, id, false, split.ImpurityRight, constants));
                stack.Push(new StackRecord(start, split.Position, record.Depth + 1, id, true, split.ImpurityLeft, constants));
            }
        }

        return nodes.ToTree();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SplitRecord FindSplit(int start, int end, double impurity, ref int constantCount)
    {
        var features = _features;
        var samples = _samples;
        var xf = _xf;
        var best = SplitRecord.None(end);
        var bestProxy = double.NegativeInfinity;
        var featureCount = features.Length;
        var fi = featureCount;
        var visited = 0;
        var foundConstants = 0;
        var drawnConstants = 0;
        var knownConstants = constantCount;
        var totalConstants = knownConstants;
        var minLeaf = _parameters.MinSamplesLeaf;
        var minWeightLeaf = _parameters.MinWeightLeaf;

        while (fi > totalConstants
               && (visited < _parameters.MaxFeatures || visited <= foundConstants + drawnConstants))
        {
            visited++;
            // Draw uniformly from the features not drawn yet, known constants included.
            var fj = drawnConstants + _drawBelow(fi - foundConstants - drawnConstants);
            if (fj < knownConstants)
            {
                (features[drawnConstants], features[fj]) = (features[fj], features[drawnConstants]);
                drawnConstants++;
                continue;
            }

            fj += foundConstants;
            var feature = features[fj];
            var column = _x.Column(feature);
            for (var p = start; p < end; p++) xf[p] = column[samples[p]];
            _sort.Sort(xf.AsSpan(start, end - start), samples.AsSpan(start, end - start));

            if (xf[end - 1] <= xf[start] + FeatureThreshold)
            {
                (features[fj], features[totalConstants]) = (features[totalConstants], features[fj]);
                foundConstants++;
                totalConstants++;
                continue;
            }

            fi--;
            (features[fi], features[fj]) = (features[fj], features[fi]);

            _criterion.Reset();
            var position = start;
            while (position < end)
            {
                while (position + 1 < end && xf[position + 1] <= xf[position] + FeatureThreshold) position++;
                position++;
                if (position >= end) break;
                if (position - start < minLeaf || end - position < minLeaf) continue;
                _criterion.Update(position);
                if (_criterion.WeightedLeft < minWeightLeaf || _criterion.WeightedRight < minWeightLeaf) continue;
                var proxy = _criterion.ProxyImpurityImprovement();
                if (proxy > bestProxy)
                {
                    bestProxy = proxy;
                    var threshold = (xf[position - 1] / 2.0) + (xf[position] / 2.0);
                    if (threshold == xf[position] || double.IsInfinity(threshold)) threshold = xf[position - 1];
                    best = best with { Feature = feature, Position = position, Threshold = threshold };
                }
            }
        }

        if (best.Position < end)
        {
            var column = _x.Column(best.Feature);
            var partitionEnd = end;
            var p = start;
            while (p < partitionEnd)
            {
                if (column[samples[p]] <= best.Threshold)
                {
                    p++;
                }
                else
                {
                    partitionEnd--;
                    (samples[p], samples[partitionEnd]) = (samples[partitionEnd], samples[p]);
                }
            }

            _criterion.Reset();
            _criterion.Update(best.Position);
            _criterion.ChildrenImpurity(out var left, out var right);
            var weightedNode = _criterion.WeightedNodeSamples;
            var improvement = weightedNode / _weightedSamples
                * (impurity - (_criterion.WeightedRight / weightedNode * right) - (_criterion.WeightedLeft / weightedNode * left));
            best = best with { ImpurityLeft = left, ImpurityRight = right, Improvement = improvement };
        }

        // Children start from this node's constant features, newly found ones appended (scikit-learn's invariant).
        Array.Copy(_constantFeatures, features, knownConstants);
        Array.Copy(features, knownConstants, _constantFeatures, knownConstants, foundConstants);
        constantCount = totalConstants;
        return best;
    }

    private readonly record struct StackRecord(int Start, int End, int Depth, int Parent, bool IsLeft, double Impurity, int ConstantFeatures);

    private readonly record struct SplitRecord(int Feature, int Position, double Threshold, double Improvement, double ImpurityLeft, double ImpurityRight)
    {
        public static SplitRecord None(int end) =>
            new(0, end, 0, double.NegativeInfinity, double.PositiveInfinity, double.PositiveInfinity);
    }

    /// <summary>Growable node arrays in scikit-learn's numbering.</summary>
    private sealed class NodeList(int valueWidth)
    {
        private readonly List<int> _feature = [];
        private readonly List<double> _threshold = [];
        private readonly List<int> _left = [];
        private readonly List<int> _right = [];
        private readonly List<double> _impurity = [];
        private readonly List<int> _samples = [];
        private readonly List<double> _cover = [];
        private readonly List<double> _values = [];

        public int Add(int parent, bool isLeft, bool isLeaf, int feature, double threshold, double impurity, int samples, double cover, ReadOnlySpan<double> value)
        {
            var id = _feature.Count;
            if (parent >= 0)
            {
                if (isLeft) _left[parent] = id;
                else _right[parent] = id;
            }

            _feature.Add(isLeaf ? -1 : feature);
            _threshold.Add(isLeaf ? 0 : threshold);
            _left.Add(-1);
            _right.Add(-1);
            _impurity.Add(impurity);
            _samples.Add(samples);
            _cover.Add(cover);
            foreach (var v in value) _values.Add(v);
            return id;
        }

        public Tree ToTree()
        {
            var n = _feature.Count;
            var left = _left.ToArray();
            var right = _right.ToArray();
            var cover = _cover.ToArray();
            var defaultLeft = new bool[n];
            // No NaN reaches a CART tree in training; at prediction a NaN follows the heavier child.
            for (var i = 0; i < n; i++) defaultLeft[i] = left[i] >= 0 && cover[left[i]] >= cover[right[i]];
            return new Tree(_feature.ToArray(), _threshold.ToArray(), left, right, defaultLeft, cover, _values.ToArray(), valueWidth,
                _impurity.ToArray(), _samples.ToArray());
        }
    }
}
