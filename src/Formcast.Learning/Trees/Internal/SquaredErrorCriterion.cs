namespace Formcast.Learning.Trees.Internal;

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
