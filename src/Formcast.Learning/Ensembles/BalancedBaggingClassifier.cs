using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Bagging with per-group balanced undersampling, the protocol of Lövdal, den Hartigh &amp; Azzopardi (2021, IJSPP)
/// for rare injuries: every bag holds the same number of rows of each class, and within a class every group (e.g.
/// athlete) that has rows of it contributes an equal share, so no athlete or class dominates. The base learner fits
/// each bag; the model averages the bags' class probabilities. Without groups the whole dataset is one group.
/// Bag b draws from <c>Rng(Seed).Fork(b)</c>; bags are fitted in parallel with the same result for any thread count.
/// </summary>
public sealed class BalancedBaggingClassifier : ILearner<BalancedBaggingClassifierModel>
{
    private readonly ILearner<IClassifier> _baseLearner;

    public BalancedBaggingClassifier(ILearner<IClassifier> baseLearner, BalancedBaggingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseLearner);
        _baseLearner = baseLearner;
        Options = options ?? new BalancedBaggingOptions();
        Options.Validate();
    }

    public BalancedBaggingOptions Options { get; }

    public BalancedBaggingClassifierModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (classes, index) = TrainingTargets.EncodeClasses(data.Target);
        var groups = data.Groups ?? new int[data.Rows];
        // rowsOf[class][group] = that group's rows of that class, groups in ascending id order.
        var groupIds = groups.Distinct().Order().ToArray();
        var rowsOf = new List<int>[classes.Length][];
        for (var c = 0; c < classes.Length; c++)
        {
            rowsOf[c] = new List<int>[groupIds.Length];
            for (var g = 0; g < groupIds.Length; g++) rowsOf[c][g] = [];
        }

        var groupIndex = groupIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        for (var r = 0; r < data.Rows; r++) rowsOf[index[r]][groupIndex[groups[r]]].Add(r);
        var perClass = Options.SamplesPerClass > 0 ? Options.SamplesPerClass : index.GroupBy(c => c).Min(g => g.Count());

        var models = new IClassifier[Options.BagCount];
        var root = new Rng(Options.Seed);
        Parallel.For(0, Options.BagCount, Options.ParallelOptions(), b =>
        {
            var rng = root.Fork((ulong)b);
            var bag = new List<int>();
            for (var c = 0; c < classes.Length; c++) Draw(rowsOf[c], perClass, rng, bag);
            models[b] = _baseLearner.Fit(data.Subset(bag.ToArray()));
        });
        return new BalancedBaggingClassifierModel(models, classes, data.Columns);
    }

    /// <summary>Draws <paramref name="count"/> rows of one class, an equal share from each group that has any (the
    /// remainder going to groups in a random order).</summary>
    private void Draw(List<int>[] byGroup, int count, Rng rng, List<int> bag)
    {
        var present = Enumerable.Range(0, byGroup.Length).Where(g => byGroup[g].Count > 0).ToArray();
        if (present.Length == 0) return;
        rng.Shuffle(present.AsSpan());
        for (var i = 0; i < present.Length; i++)
        {
            var rows = byGroup[present[i]];
            var quota = (count / present.Length) + (i < count % present.Length ? 1 : 0);
            if (Options.WithReplacement)
            {
                for (var k = 0; k < quota; k++) bag.Add(rows[rng.NextInt(rows.Count)]);
                continue;
            }

            var pool = rows.ToArray();
            var take = Math.Min(quota, pool.Length);
            for (var k = 0; k < take; k++)
            {
                var j = k + rng.NextInt(pool.Length - k);
                (pool[k], pool[j]) = (pool[j], pool[k]);
                bag.Add(pool[k]);
            }
        }
    }
}
