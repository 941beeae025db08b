using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>Properties every splitter must keep: partitions, no group leakage, time order, seeds.</summary>
public sealed class SplitterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void KFoldAndStratified_TestEachRowExactlyOnce(bool shuffle)
    {
        var data = Synthetic(103, groups: false);
        foreach (var splitter in new ISplitter[] { new KFold(4, shuffle, 9), new StratifiedKFold(4, shuffle, 9) })
        {
            var folds = splitter.Split(data);
            var tested = folds.SelectMany(f => f.Test).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, 103), tested);
            foreach (var f in folds) Assert.Empty(f.Train.Intersect(f.Test));
        }
    }

    [Fact]
    public void Shuffling_DependsOnlyOnTheSeed()
    {
        var data = Synthetic(60, groups: false);
        var a = new KFold(5, true, 3).Split(data);
        var b = new KFold(5, true, 3).Split(data);
        var c = new KFold(5, true, 4).Split(data);
        Assert.Equal(a.Select(f => f.Test), b.Select(f => f.Test));
        Assert.NotEqual(a.Select(f => f.Test), c.Select(f => f.Test));
        var s1 = new StratifiedKFold(5, true, 3).Split(data);
        var s2 = new StratifiedKFold(5, true, 3).Split(data);
        Assert.Equal(s1.Select(f => f.Test), s2.Select(f => f.Test));
    }

    [Fact]
    public void StratifiedKFold_KeepsClassSharesWithinOneRow()
    {
        var data = Synthetic(200, groups: false);
        var positives = data.Target.Count(v => v == 1);
        foreach (var fold in new StratifiedKFold(5, true, 1).Split(data))
        {
            var inTest = fold.Test.Count(r => data.Target[r] == 1);
            Assert.InRange(inTest, (positives / 5) - 1, (positives / 5) + 1);
        }
    }

    [Fact]
    public void GroupSplitters_NeverPutAGroupOnBothSides()
    {
        var data = Synthetic(240, groups: true);
        foreach (var splitter in new ISplitter[] { new GroupKFold(5), new LeaveOneGroupOut(), new TimeForwardSplit(4) })
        {
            var folds = splitter.Split(data);
            CrossValidation.EnsureNoGroupLeak(data, folds, splitter);
            foreach (var f in folds) Assert.Empty(f.Train.Select(r => data.Groups![r]).Intersect(f.Test.Select(r => data.Groups![r])));
        }
    }

    [Fact]
    public void CrossValidation_RefusesARowSplitThatLeaksGroups()
    {
        var data = Synthetic(120, groups: true);
        var error = Assert.Throws<ArgumentException>(() => CrossValidation.Run(new MeanLearner(), data, new KFold(5, true, 1), TestContext.Current.CancellationToken));
        Assert.Contains("both sides", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeForward_TrainsOnlyOnEarlierRowsOutsideThePurgeGap()
    {
        var data = Synthetic(300, groups: false);
        var split = new TimeForwardSplit(4, purgeGap: 5);
        var folds = split.Split(data);
        Assert.Equal(4, folds.Count);
        var time = data.Time!;
        foreach (var f in folds)
        {
            var start = f.Test.Min(r => time[r]);
            Assert.All(f.Train, r => Assert.True(time[r] + 5 < start));
            Assert.Contains(f.Train, r => time[r] + 6 >= start);
        }

        // Test windows are disjoint, consecutive, and each later than the one before.
        for (var i = 1; i < folds.Count; i++) Assert.True(folds[i].Test.Min(r => time[r]) > folds[i - 1].Test.Max(r => time[r]));
    }

    [Fact]
    public void TimeForward_KeepsEqualTimesInOneWindow()
    {
        // 10 days × 7 rows per day: windows must cut between days even though ⌊70/5⌋ = 14 rows is a multiple of 7 only by luck.
        var time = Enumerable.Range(0, 70).Select(i => (double)(i / 7)).ToArray();
        var data = new Dataset(new Matrix(70, 1), new double[70], time: time);
        foreach (var folds in new[] { new TimeForwardSplit(4).Split(data), new TimeForwardSplit(3).Split(data) })
        {
            foreach (var f in folds)
            {
                var days = f.Test.Select(r => time[r]).Distinct().ToArray();
                Assert.All(days, d => Assert.Equal(7, f.Test.Count(r => time[r] == d)));
            }
        }
    }

    [Fact]
    public void PurgedKFold_TrainsOnBothSidesWithAnEmbargoAfter()
    {
        var data = Synthetic(300, groups: false);
        var folds = new TimeForwardSplit(5, purgeGap: 2, embargo: 3, trainOnLaterData: true).Split(data);
        var time = data.Time!;
        Assert.Equal(300, folds.Sum(f => f.Test.Length));
        foreach (var f in folds)
        {
            var start = f.Test.Min(r => time[r]);
            var end = f.Test.Max(r => time[r]);
            Assert.All(f.Train, r => Assert.True(time[r] + 2 < start || time[r] - 3 > end));
        }

        Assert.NotEmpty(folds[0].Train);
        Assert.All(folds[0].Train, r => Assert.True(time[r] > folds[0].Test.Max(t => time[t])));
    }

    [Fact]
    public void TimeForward_RejectsAnEmbargoWithoutLaterTraining()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TimeForwardSplit(3, embargo: 2));
        Assert.Equal("embargo", error.ParamName);
    }

    [Fact]
    public void TimeForward_WithGroupsTestsHeldOutAthletesLater()
    {
        var data = Synthetic(400, groups: true);
        var folds = new TimeForwardSplit(4).Split(data);
        var time = data.Time!;
        var testedGroups = new HashSet<int>();
        foreach (var f in folds)
        {
            var start = f.Test.Min(r => time[r]);
            Assert.All(f.Train, r => Assert.True(time[r] < start));
            foreach (var g in f.Test.Select(r => data.Groups![r]).Distinct()) Assert.True(testedGroups.Add(g), $"group {g} tested twice");
        }
    }

    [Fact]
    public void Splitters_ExplainWhyTheyCannotSplit()
    {
        var data = Synthetic(20, groups: true);
        Assert.Throws<ArgumentException>(() => new GroupKFold(50).Split(data));
        Assert.Throws<ArgumentException>(() => new KFold(21).Split(data));
        Assert.Throws<ArgumentException>(() => new GroupKFold(2).Split(new Dataset(new Matrix(4, 1), new double[4])));
        Assert.Throws<ArgumentException>(() => new TimeForwardSplit(3).Split(new Dataset(new Matrix(4, 1), new double[4])));
    }

    /// <summary>Rows of 8 athletes over consecutive days, a binary target with 30 % positives.</summary>
    internal static Dataset Synthetic(int rows, bool groups)
    {
        var rng = new Rng(5);
        var x = new Matrix(rows, 2);
        var y = new double[rows];
        var g = new int[rows];
        var t = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            x[r, 0] = rng.NextGaussian();
            x[r, 1] = rng.NextGaussian();
            y[r] = rng.NextDouble() < 0.3 ? 1 : 0;
            g[r] = r % 8;
            t[r] = r / 8;
        }

        return new Dataset(x, y, groups: groups ? g : null, time: t);
    }
}
