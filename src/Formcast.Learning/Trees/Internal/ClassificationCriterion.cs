namespace Formcast.Learning.Trees.Internal;

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
