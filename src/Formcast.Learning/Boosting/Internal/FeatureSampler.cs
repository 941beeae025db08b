namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// XGBoost's nested column sampling (<c>src/common/random.h</c> ColumnSampler): a subset per tree, from it a subset
/// per depth level, from that a subset per node, each of max(1, ⌊fraction × size⌋) features drawn without replacement
/// and kept in ascending order.
/// </summary>
internal sealed class FeatureSampler
{
    private readonly int[] _tree;
    private readonly Dictionary<int, int[]> _levels = [];
    private readonly BoostingParameters _p;
    private readonly Rng _rng;

    public FeatureSampler(int featureCount, BoostingParameters parameters, Rng rng)
    {
        _p = parameters;
        _rng = rng;
        _tree = Sample(Enumerable.Range(0, featureCount).ToArray(), parameters.ColumnSampleByTree);
    }

    public int[] ForNode(int depth)
    {
        if (!_levels.TryGetValue(depth, out var level))
        {
            level = Sample(_tree, _p.ColumnSampleByLevel);
            _levels[depth] = level;
        }

        return Sample(level, _p.ColumnSampleByNode);
    }

    private int[] Sample(int[] from, double fraction)
    {
        if (fraction >= 1) return from;
        var n = Math.Max(1, (int)((float)fraction * from.Length));
        var copy = (int[])from.Clone();
        _rng.Shuffle(copy.AsSpan());
        var result = copy[..n];
        Array.Sort(result);
        return result;
    }
}
