namespace Formcast.Signals.Tests;

public sealed class KnnImputerTests
{
    private static readonly double Nan = double.NaN;

    [Fact]
    public void Impute_MatchesScikitLearnKnnImputer()
    {
        // Reference: sklearn.impute.KNNImputer(metric="nan_euclidean"), standardised cases through StandardScaler
        // and back (bench/parity/signals.py). Tolerance 1e-9 absolute.
        foreach (var c in ParityFixtures.Load("signals.knn.json").GetProperty("cases").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString();
            var options = new KnnImputerOptions
            {
                NeighbourCount = c.GetProperty("neighbours").GetInt32(),
                Weighting = c.GetProperty("weighting").GetString() == "distance" ? KnnWeighting.Distance : KnnWeighting.Uniform,
                Standardize = c.GetProperty("standardize").GetBoolean(),
            };
            var data = c.GetProperty("data").Doubles();
            var expected = c.GetProperty("expected").Doubles();
            var actual = new double[data.Length];
            var imputed = KnnImputer.Impute(data, c.GetProperty("columns").GetInt32(), options, actual);

            Assert.Equal(data.Count(double.IsNaN), imputed);
            for (var i = 0; i < data.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"{name}: cell {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    [Fact]
    public void NanEuclideanDistance_ScalesByTheShareOfColumnsPresent()
    {
        // scikit-learn's nan_euclidean_distances example: [0, 1] and [1, nan] are √(2/1 · 1²) apart.
        Assert.Equal(Math.Sqrt(2), KnnImputer.NanEuclideanDistance([0, 1], [1, Nan]), 14);
        Assert.True(double.IsNaN(KnnImputer.NanEuclideanDistance([Nan, 1], [1, Nan])));
    }

    [Fact]
    public void Impute_TakesTheNearestAnsweringRecords()
    {
        // Day 3 misses its soreness; by sleep and fatigue it resembles days 0 and 1 (k = 2), not day 2.
        double[] days =
        [
            7.0, 4, 4,
            7.2, 4, 5,
            5.0, 2, 1,
            7.1, 4, Nan,
        ];
        var filled = new double[days.Length];
        var imputed = KnnImputer.Impute(days, 3, new KnnImputerOptions { NeighbourCount = 2, Standardize = false }, filled);
        Assert.Equal(1, imputed);
        Assert.Equal(4.5, filled[11], 12);
    }

    [Fact]
    public void Impute_WithNoSharedAnswers_UsesTheColumnMean_AndLeavesUnansweredColumnsMissing()
    {
        double[] rows =
        [
            1, Nan, Nan,
            2, Nan, Nan,
            Nan, 5, Nan,
        ];
        var filled = new double[rows.Length];
        KnnImputer.Impute(rows, 3, new KnnImputerOptions { NeighbourCount = 1 }, filled);
        Assert.Equal(1.5, filled[6]);
        Assert.True(double.IsNaN(filled[2]));
        Assert.True(double.IsNaN(filled[8]));
    }

    [Fact]
    public void Options_AreValidatedByName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            KnnImputer.Impute(new double[4], 2, new KnnImputerOptions { NeighbourCount = 0 }, new double[4]));
        Assert.Equal(nameof(KnnImputerOptions.NeighbourCount), ex.ParamName);
        Assert.Throws<ArgumentException>(() => KnnImputer.Impute(new double[5], 2, new KnnImputerOptions(), new double[5]));
    }
}
