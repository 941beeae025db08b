using System.Runtime.CompilerServices;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// Gradient boosting (Friedman 2001) with second-order statistics (Chen &amp; Guestrin 2016, XGBoost): each round
/// computes the loss's gradients and hessians at the current margins, grows one tree per output on them, and adds
/// the trees' leaf weights (already scaled by η) to the margins. Training margins are float32 like XGBoost's
/// prediction cache. Tree t of round r draws from <c>Rng(Seed).Fork(r × outputs + t)</c> (row subsample and column
/// samples), so runs repeat exactly and do not depend on the number of threads.
/// </summary>
internal static class Booster
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BoostingResult Fit(GradientBoostingOptions options, Matrix features, double[]? sketchWeights, Objective objective, ValidationSet? validation)
    {
        var rows = features.Rows;
        var outputs = objective.Outputs;
        var parallel = options.ParallelOptions();
        var cuts = HistogramCuts.Build(features, sketchWeights, options.MaxBins, parallel);
        var binned = BinnedMatrix.Build(features, cuts, parallel);
        var parameters = new BoostingParameters(
            new SplitMath(options.Lambda, options.Alpha, options.MinChildWeight),
            (float)options.LearningRate,
            options.MaxDepth,
            options.MaxLeaves,
            options.Growth == TreeGrowthPolicy.LossGuide,
            (float)options.Gamma,
            options.Subsample,
            options.ColumnSampleByTree,
            options.ColumnSampleByLevel,
            options.ColumnSampleByNode,
            parallel);
        var builder = new HistogramTreeBuilder(binned, cuts, parameters);

        var baseMargins = objective.BaseMargins;
        var margins = new float[rows * outputs];
        for (var r = 0; r < rows; r++) baseMargins.CopyTo(margins, r * outputs);
        var gradients = new float[outputs][];
        var hessians = new float[outputs][];
        for (var k = 0; k < outputs; k++)
        {
            gradients[k] = new float[rows];
            hessians[k] = new float[rows];
        }

        var sampledG = options.Subsample < 1 ? new float[rows] : null;
        var sampledH = options.Subsample < 1 ? new float[rows] : null;
        double[]? validationMargins = null;
        if (validation is not null)
        {
            validationMargins = new double[validation.Features.Rows * outputs];
            for (var r = 0; r < validation.Features.Rows; r++)
            {
                for (var k = 0; k < outputs; k++) validationMargins[(r * outputs) + k] = baseMargins[k];
            }
        }

        var trees = new List<Tree>();
        var treeOutput = new List<int>();
        var history = new List<double>();
        var root = new Rng(options.Seed);
        var bestLoss = double.PositiveInfinity;
        var bestRound = -1;
        var roundsDone = 0;
        for (var round = 0; round < options.Rounds; round++)
        {
            objective.Gradients(margins, gradients, hessians, parallel);
            for (var k = 0; k < outputs; k++)
            {
                var rng = root.Fork((ulong)((round * outputs) + k));
                var g = gradients[k];
                var h = hessians[k];
                if (sampledG is not null && sampledH is not null)
                {
                    // XGBoost's uniform sampling: each row stays with probability `subsample`, else its statistics are 0.
                    for (var r = 0; r < rows; r++)
                    {
                        var keep = rng.NextDouble() < options.Subsample;
                        sampledG[r] = keep ? g[r] : 0f;
                        sampledH[r] = keep ? h[r] : 0f;
                    }

                    g = sampledG;
                    h = sampledH;
                }

                var built = builder.Build(g, h, rng);
                var tree = built.Tree;
                for (var node = 0; node < tree.NodeCount; node++)
                {
                    if (!tree.IsLeaf(node)) continue;
                    var members = builder.Rows.AsSpan(built.Begin[node], built.End[node] - built.Begin[node]);
                    if (objective.RefitsLeaves)
                    {
                        var kept = new List<int>(members.Length);
                        foreach (var r in members)
                        {
                            if (h[r] > 0) kept.Add(r);
                        }

                        tree.Values[node] = (float)objective.RefitLeaf(kept.ToArray(), margins) * parameters.LearningRate;
                    }

                    var value = (float)tree.Values[node];
                    foreach (var r in members) margins[(r * outputs) + k] += value;
                }

                trees.Add(tree);
                treeOutput.Add(k);
            }

            roundsDone = round + 1;
            if (validation is null || validationMargins is null) continue;
            var first = trees.Count - outputs;
            var vm = validationMargins;
            Parallel.For(0, validation.Features.Rows, parallel, r =>
            {
                var x = validation.Features.Row(r);
                for (var t = first; t < trees.Count; t++) vm[(r * outputs) + treeOutput[t]] += trees[t].Values[trees[t].FindLeaf(x)];
            });
            var loss = objective.Loss(vm, validation.Target, validation.Weights);
            history.Add(loss);
            if (loss < bestLoss)
            {
                bestLoss = loss;
                bestRound = round;
            }
            else if (options.EarlyStoppingRounds > 0 && round - bestRound >= options.EarlyStoppingRounds)
            {
                break;
            }
        }

        if (validation is not null && options.EarlyStoppingRounds > 0 && bestRound >= 0)
        {
            roundsDone = bestRound + 1;
            trees.RemoveRange(roundsDone * outputs, trees.Count - (roundsDone * outputs));
            treeOutput.RemoveRange(roundsDone * outputs, treeOutput.Count - (roundsDone * outputs));
        }

        return new BoostingResult(trees.ToArray(), treeOutput.ToArray(), baseMargins.Select(m => (double)m).ToArray(), roundsDone, history.ToArray());
    }

    /// <summary>
    /// Rows held out for early stopping when no validation set is given: whole groups (shuffled, added until the
    /// fraction is reached, at least one group left for training), else the latest rows by time, else random rows.
    /// </summary>
    public static (int[] Train, int[] Validation) HoldOut(Dataset data, double fraction, Rng rng)
    {
        var n = data.Rows;
        var target = Math.Max(1, (int)Math.Ceiling(fraction * n));
        var isValidation = new bool[n];
        if (data.Groups is { } groups)
        {
            var ids = groups.Distinct().Order().ToArray();
            if (ids.Length < 2) throw new ArgumentException("early stopping with groups needs at least two groups", nameof(data));
            rng.Shuffle(ids.AsSpan());
            var taken = 0;
            for (var i = 0; i < ids.Length - 1 && taken < target; i++)
            {
                for (var r = 0; r < n; r++)
                {
                    if (groups[r] != ids[i]) continue;
                    isValidation[r] = true;
                    taken++;
                }
            }
        }
        else if (data.Time is { } time)
        {
            var order = Enumerable.Range(0, n).OrderBy(r => time[r]).ThenBy(r => r).ToArray();
            for (var i = n - target; i < n; i++) isValidation[order[i]] = true;
        }
        else
        {
            var order = rng.Permutation(n);
            for (var i = 0; i < target; i++) isValidation[order[i]] = true;
        }

        return (Enumerable.Range(0, n).Where(r => !isValidation[r]).ToArray(), Enumerable.Range(0, n).Where(r => isValidation[r]).ToArray());
    }
}
