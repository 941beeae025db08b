using System.Text.Json;
using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>
/// Grid search, nested and grouped cross-validation of k-NN on breast cancer against scikit-learn 1.2.1's
/// GridSearchCV / cross_val_score (fixtures from bench/parity/evaluation.py). Scores match to 1e-9 (distance-weighted
/// k-NN differs in the last digits of its distances); ranks and the chosen parameters match exactly.
/// </summary>
public sealed class SearchParityTests
{
    private static readonly JsonElement Fixture = Load("search.json");

    private static readonly ParameterGrid Grid = new ParameterGrid()
        .Add("weights", "uniform", "distance")
        .Add("n_neighbors", 1, 3, 5, 9, 15, 25);

    public static TheoryData<string> Scorings() => [.. Fixture.Items("grid").Select(g => g.String("scoring"))];

    [Theory]
    [MemberData(nameof(Scorings))]
    public void GridSearch_MatchesGridSearchCV(string scoring)
    {
        var expected = Fixture.Items("grid").Single(g => g.String("scoring") == scoring);
        var (metric, sign) = scoring switch
        {
            "accuracy" => (Metric.Accuracy, 1.0),
            "roc_auc" => (Metric.RocAuc, 1.0),
            "neg_log_loss" => (Metric.LogLoss, -1.0),
            _ => throw new InvalidOperationException(scoring),
        };
        var data = Reference("breast_cancer");
        var result = GridSearch.Run(Knn, Grid, data, new StratifiedKFold(5), metric, cancellationToken: TestContext.Current.CancellationToken);

        var parameters = expected.Items("params").ToArray();
        Assert.Equal(parameters.Length, result.Candidates.Count);
        var means = expected.Doubles("mean");
        var stds = expected.Doubles("std");
        var ranks = expected.Ints("rank");
        var folds = expected.GetProperty("folds").EnumerateArray().ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            var candidate = result.Candidates[i];
            Assert.Equal(parameters[i].Int("n_neighbors"), candidate.Parameters.GetInt32("n_neighbors"));
            Assert.Equal(parameters[i].String("weights"), candidate.Parameters.GetString("weights"));
            Close(means[i], sign * candidate.MeanScore, 1e-9, $"mean {candidate.Parameters}");
            Close(stds[i], candidate.StandardDeviation, 1e-9, $"std {candidate.Parameters}");
            Close(folds[i].EnumerateArray().Select(v => v.GetDouble()).ToArray(), candidate.FoldScores.Select(s => sign * s).ToArray(), 1e-9, "fold scores");
            Assert.Equal(ranks[i], candidate.Rank);
        }

        var best = expected.GetProperty("best");
        Assert.Equal(best.Int("n_neighbors"), result.Best.Parameters.GetInt32("n_neighbors"));
        Assert.Equal(best.String("weights"), result.Best.Parameters.GetString("weights"));
        Assert.NotNull(result.BestModel);
    }

    [Fact]
    public void NestedCrossValidation_MatchesCrossValScoreOfGridSearchCV()
    {
        var grid = new ParameterGrid().Add("n_neighbors", Fixture.Ints("nested_grid"));
        var result = NestedCrossValidation.Run(p => new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = p.GetInt32("n_neighbors") }),
            grid, Reference("breast_cancer"), new StratifiedKFold(5), new StratifiedKFold(3), Metric.RocAuc, TestContext.Current.CancellationToken);
        Close(Fixture.Doubles("nested_outer_roc_auc"), result.Folds.Select(f => f.OuterScore).ToArray(), 1e-12, "outer scores");
    }

    [Fact]
    public void GroupCrossValidation_MatchesCrossValScoreWithGroupKFold()
    {
        var raw = Reference("breast_cancer");
        var modulus = Fixture.Int("group_modulus");
        var data = new Dataset(raw.Features, raw.Target, groups: Enumerable.Range(0, raw.Rows).Select(r => r % modulus).ToArray());
        var cv = CrossValidation.Run(new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 9 }), data, new GroupKFold(4), TestContext.Current.CancellationToken);
        Close(Fixture.Doubles("group_kfold_roc_auc"), cv.FoldScores(Metric.RocAuc), 1e-12, "fold AUC");
    }

    private static KNearestNeighborsClassifier Knn(ParameterSet p) => new(new KNearestNeighborsOptions
    {
        Neighbors = p.GetInt32("n_neighbors"),
        Weighting = p.GetString("weights") == "distance" ? NeighborWeighting.Distance : NeighborWeighting.Uniform,
    });
}
