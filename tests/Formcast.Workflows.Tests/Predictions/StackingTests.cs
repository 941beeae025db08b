using Formcast.Learning;
using Formcast.Learning.Ensembles;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Linear;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Stacking;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>A stack of per-source models answers from the remaining sources when one source is missing.</summary>
public sealed class StackingTests
{
    [Fact]
    public void Stack_WithASourceMissing_FallsBackInsteadOfGuessing()
    {
        // Two sources (columns 0–1 and column 2), each carrying part of the signal.
        var random = new Random(3);
        var x = new Matrix(300, 3);
        var y = new double[300];
        for (var r = 0; r < 300; r++)
        {
            x[r, 0] = random.NextDouble();
            x[r, 1] = random.NextDouble();
            x[r, 2] = random.NextDouble();
            y[r] = x[r, 0] + x[r, 2] + (0.3 * random.NextDouble()) > 1.1 ? 1 : 0;
        }

        var data = new Dataset(x, y, ["load", "load2", "sleep"], [.. Enumerable.Range(0, 300).Select(r => r % 15)]);
        ILearner<IClassifier> Logistic() => new PreparedClassifier(new LogisticRegressionLearner());
        var stack = new StackingClassifier(
            [new ColumnSubsetClassifier("load", [0, 1], Logistic()), new ColumnSubsetClassifier("sleep", [2], Logistic())],
            Logistic(), new StackingOptions { Splitter = new GroupKFold(3) }).Fit(data);

        var p = new double[2];
        stack.PredictProbabilities([0.9, 0.5, double.NaN], p);
        Assert.True(double.IsFinite(p[1]) && p[1] > 0.5, $"without sleep, high load should still read as risk: {p[1]}");
        stack.PredictProbabilities([0.1, 0.5, double.NaN], p);
        Assert.True(p[1] < 0.5, $"without sleep, low load should read as low risk: {p[1]}");

        // The source model itself answers NaN when its every column is missing.
        var source = new ColumnSubsetClassifier("sleep", [2], Logistic()).Fit(data);
        source.PredictProbabilities([0.5, 0.5, double.NaN], p);
        Assert.True(double.IsNaN(p[1]));

        var auc = RankingMetrics.RocAuc(y, stack.PredictPositiveProbability(x));
        Assert.True(auc > 0.85, $"in-sample AUC {auc}");
    }
}
