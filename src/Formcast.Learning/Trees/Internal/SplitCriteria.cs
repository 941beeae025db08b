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

/// <summary>Gini or entropy over weighted class counts (scikit-learn's <c>Gini</c> and <c>Entropy</c>).</summary>
internal struct ClassificationCriterion : ISplitCriterion
{
    private static readonly double Ln2 = Math.Log(2.0);
    private readonly int[] _y;
    private readonly double[]? _weights;
    private readonly bool _entropy;
    private readonly double[] _sumTotal;
    private readonly double[] _sumLeft;
    private readonly double[] _sumRight;
    private int[] _samples;
    private int _start;
    private int _end;
    private int _position;

    public ClassificationCriterion(int[] classIndex, int classCount, double[]? weights, bool entropy)
    {
        _y = classIndex;
        _weights = weights;
        _entropy = entropy;
        _sumTotal = new double[classCount];
        _sumLeft = new double[classCount];
        _sumRight = new double[classCount];
        _samples = [];
    }

    public double WeightedNodeSamples { get; private set; }

    public double WeightedLeft { get; private set; }

    public double WeightedRight { get; private set; }

    public void Init(int[] samples, int start, int end)
    {
        _samples = samples;
        _start = start;
        _end = end;
        Array.Clear(_sumTotal);
        var total = 0.0;
        for (var p = start; p < end; p++)
        {
            var i = samples[p];
            var w = _weights is null ? 1.0 : _weights[i];
            _sumTotal[_y[i]] += w;
            total += w;
        }

        WeightedNodeSamples = total;
        Reset();
    }

    public void Reset()
    {
        _position = _start;
        WeightedLeft = 0;
        WeightedRight = WeightedNodeSamples;
        Array.Clear(_sumLeft);
        _sumTotal.CopyTo(_sumRight, 0);
    }

    public void Update(int newPosition)
    {
        var samples = _samples;
        var y = _y;
        var sumLeft = _sumLeft;
        var left = WeightedLeft;
        // Walk from whichever end is nearer, as scikit-learn does (its reverse_reset branch).
        if (newPosition - _position <= _end - newPosition)
        {
            for (var p = _position; p < newPosition; p++)
            {
                var i = samples[p];
                var w = _weights is null ? 1.0 : _weights[i];
                sumLeft[y[i]] += w;
                left += w;
            }
        }
        else
        {
            _sumTotal.CopyTo(sumLeft, 0);
            left = WeightedNodeSamples;
            for (var p = _end - 1; p >= newPosition; p--)
            {
                var i = samples[p];
                var w = _weights is null ? 1.0 : _weights[i];
                sumLeft[y[i]] -= w;
                left -= w;
            }
        }

        WeightedLeft = left;
        WeightedRight = WeightedNodeSamples - left;
        for (var c = 0; c < sumLeft.Length; c++) _sumRight[c] = _sumTotal[c] - sumLeft[c];
        _position = newPosition;
    }

    public readonly double NodeImpurity() => Impurity(_sumTotal, WeightedNodeSamples);

    public readonly void ChildrenImpurity(out double left, out double right)
    {
        left = Impurity(_sumLeft, WeightedLeft);
        right = Impurity(_sumRight, WeightedRight);
    }

    public readonly double ProxyImpurityImprovement()
    {
        ChildrenImpurity(out var left, out var right);
        return (-WeightedRight * right) - (WeightedLeft * left);
    }

    public readonly void NodeValue(Span<double> destination) => _sumTotal.CopyTo(destination);

    private readonly double Impurity(double[] counts, double weight)
    {
        if (_entropy)
        {
            var entropy = 0.0;
            foreach (var count in counts)
            {
                if (count > 0.0)
                {
                    var p = count / weight;
                    entropy -= p * (Math.Log(p) / Ln2);
                }
            }

            return entropy;
        }

        var squares = 0.0;
        foreach (var count in counts) squares += count * count;
        return 1.0 - (squares / (weight * weight));
    }
}

/// <summary>Weighted variance of the target (scikit-learn's <c>MSE</c> criterion).</summary>
internal struct SquaredErrorCriterion : ISplitCriterion
{
    private readonly double[] _y;
    private readonly double[]? _weights;
    private int[] _samples;
    private int _start;
    private int _end;
    private int _position;
    private double _sumTotal;
    private double _squaresTotal;
    private double _sumLeft;
    private double _sumRight;

    public SquaredErrorCriterion(double[] target, double[]? weights)
    {
        _y = target;
        _weights = weights;
        _samples = [];
    }

    public double WeightedNodeSamples { get; private set; }

    public double WeightedLeft { get; private set; }

    public double WeightedRight { get; private set; }

    public void Init(int[] samples, int start, int end)
    {
        _samples = samples;
        _start = start;
        _end = end;
        double sum = 0, squares = 0, total = 0;
        for (var p = start; p < end; p++)
        {
            var i = samples[p];
            var w = _weights is null ? 1.0 : _weights[i];
            var wy = w * _y[i];
            sum += wy;
            squares += wy * _y[i];
            total += w;
        }

        _sumTotal = sum;
        _squaresTotal = squares;
        WeightedNodeSamples = total;
        Reset();
    }

    public void Reset()
    {
        _position = _start;
        WeightedLeft = 0;
        WeightedRight = WeightedNodeSamples;
        _sumLeft = 0;
        _sumRight = _sumTotal;
    }

    public void Update(int newPosition)
    {
        var samples = _samples;
        var y = _y;
        var sumLeft = _sumLeft;
        var left = WeightedLeft;
        if (newPosition - _position <= _end - newPosition)
        {
            for (var p = _position; p < newPosition; p++)
            {
                var i = samples[p];
                var w = _weights is null ? 1.0 : _weights[i];
                sumLeft += w * y[i];
                left += w;
            }
        }
        else
        {
            sumLeft = _sumTotal;
            left = WeightedNodeSamples;
            for (var p = _end - 1; p >= newPosition; p--)
            {
                var i = samples[p];
                var w = _weights is null ? 1.0 : _weights[i];
                sumLeft -= w * y[i];
                left -= w;
            }
        }

        _sumLeft = sumLeft;
        WeightedLeft = left;
        WeightedRight = WeightedNodeSamples - left;
        _sumRight = _sumTotal - sumLeft;
        _position = newPosition;
    }

    public readonly double NodeImpurity()
    {
        var mean = _sumTotal / WeightedNodeSamples;
        return (_squaresTotal / WeightedNodeSamples) - (mean * mean);
    }

    public readonly void ChildrenImpurity(out double left, out double right)
    {
        var squaresLeft = 0.0;
        for (var p = _start; p < _position; p++)
        {
            var i = _samples[p];
            var w = _weights is null ? 1.0 : _weights[i];
            squaresLeft += w * _y[i] * _y[i];
        }

        var squaresRight = _squaresTotal - squaresLeft;
        var meanLeft = _sumLeft / WeightedLeft;
        var meanRight = _sumRight / WeightedRight;
        left = (squaresLeft / WeightedLeft) - (meanLeft * meanLeft);
        right = (squaresRight / WeightedRight) - (meanRight * meanRight);
    }

    public readonly double ProxyImpurityImprovement() =>
        (_sumLeft * _sumLeft / WeightedLeft) + (_sumRight * _sumRight / WeightedRight);

    public readonly void NodeValue(Span<double> destination) => destination[0] = _sumTotal / WeightedNodeSamples;
}
