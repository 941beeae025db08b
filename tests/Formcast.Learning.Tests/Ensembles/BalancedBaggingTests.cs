using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Ensembles;

public sealed class BalancedBaggingTests
{
    /// <summary>Records the bags it is given and fits a shallow tree on each.</summary>
    private sealed class RecordingLearner : ILearner<IClassifier>
    {
        public List<Dataset> Bags { get; } = [];

        public IClassifier Fit(Dataset data)
        {
            lock (Bags) Bags.Add(data);
            return new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 2 }).Fit(data);
        }
    }

    /// <summary>Three athletes; athlete 1 has 4 injured days, athlete 2 has 2, athlete 3 none; 60 healthy days each.</summary>
    private static Dataset Athletes()
    {
        var rows = new List<double[]>();
        var y = new List<double>();
        var groups = new List<int>();
        var rng = new Rng(8);
        foreach (var (athlete, injured) in new[] { (1, 4), (2, 2), (3, 0) })
        {
            for (var d = 0; d < 60 + injured; d++)
            {
                rows.Add([rng.NextGaussian() + (d < injured ? 2 : 0), athlete]);
                y.Add(d < injured ? 1 : 0);
                groups.Add(athlete);
            }
        }

        return new Dataset(Matrix.FromRows(rows), y.ToArray(), groups: groups.ToArray());
    }

    [Fact]
    public void EveryBag_IsClassBalanced_WithEqualSharesPerAthlete()
    {
        var learner = new RecordingLearner();
        var options = new BalancedBaggingOptions { BagCount = 5, SamplesPerClass = 30 };
        new BalancedBaggingClassifier(learner, options).Fit(Athletes());
        Assert.Equal(5, learner.Bags.Count);
        foreach (var bag in learner.Bags)
        {
            Assert.Equal(30, bag.Target.Count(t => t == 1));
            Assert.Equal(30, bag.Target.Count(t => t == 0));
            // Injured rows come from the two athletes with injuries, 15 each; healthy rows 10 from each of three.
            for (var g = 1; g <= 2; g++) Assert.Equal(15, Enumerable.Range(0, bag.Rows).Count(r => bag.Target[r] == 1 && bag.Groups![r] == g));
            for (var g = 1; g <= 3; g++) Assert.Equal(10, Enumerable.Range(0, bag.Rows).Count(r => bag.Target[r] == 0 && bag.Groups![r] == g));
        }
    }

    [Fact]
    public void WithoutReplacement_AGroupGivesEachRowAtMostOnce()
    {
        var learner = new RecordingLearner();
        new BalancedBaggingClassifier(learner, new BalancedBaggingOptions { BagCount = 3, WithReplacement = false }).Fit(Athletes());
        foreach (var bag in learner.Bags)
        {
            // Default size = smallest class (6 injured rows): athlete 1 gives 3 of its 4, athlete 2 both of its 2
            // plus nothing more, so 5 distinct injured rows; the healthy share is 2 per athlete.
            var injured = Enumerable.Range(0, bag.Rows).Where(r => bag.Target[r] == 1).Select(r => (bag.Features[r, 0], bag.Groups![r])).ToArray();
            Assert.Equal(injured.Length, injured.Distinct().Count());
            Assert.Equal(6, Enumerable.Range(0, bag.Rows).Count(r => bag.Target[r] == 0));
        }
    }

    [Fact]
    public void Probabilities_AreTheBagAverage_AndSurviveSaveAndLoad()
    {
        var data = Athletes();
        var model = new BalancedBaggingClassifier(new RecordingLearner(), new BalancedBaggingOptions { BagCount = 4, SamplesPerClass = 20 }).Fit(data);
        var row = data.Features.Row(0).ToArray();
        var expected = new double[2];
        var p = new double[2];
        foreach (var bag in model.Bags)
        {
            bag.PredictProbabilities(row, p);
            expected[0] += p[0] / 4;
            expected[1] += p[1] / 4;
        }

        var actual = new double[2];
        model.PredictProbabilities(row, actual);
        Assert.Equal(expected[0], actual[0], 15);
        Assert.Equal(expected[1], actual[1], 15);
        TreeTestData.SameProbabilities(model, TreeTestData.RoundTrip(model), data.Features);
    }

    [Fact]
    public void Bags_DoNotDependOnTheThreadCount()
    {
        var data = Athletes();
        var a = new BalancedBaggingClassifier(new RecordingLearner(), new BalancedBaggingOptions { BagCount = 6, MaxDegreeOfParallelism = 1 }).Fit(data);
        var b = new BalancedBaggingClassifier(new RecordingLearner(), new BalancedBaggingOptions { BagCount = 6, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(TreeTestData.Bytes(a), TreeTestData.Bytes(b));
    }
}
