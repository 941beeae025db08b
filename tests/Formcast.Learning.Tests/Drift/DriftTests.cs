using Formcast.Learning.Drift;

namespace Formcast.Learning.Tests.Drift;

public sealed class DriftTests
{
    [Fact]
    public void Psi_ReproducesAHandComputedTable()
    {
        // (0.1−0.25)ln(0.4) + (0.2−0.25)ln(0.8) + (0.3−0.25)ln(1.2) + (0.4−0.25)ln(1.6)
        // = 0.1374436 + 0.0111572 + 0.0091161 + 0.0705005 = 0.2282174 (moderate).
        var psi = PopulationStabilityIndex.FromShares([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]);
        Assert.Equal(0.2282174, psi, 7);
        Assert.Equal(DriftBand.Moderate, PopulationStabilityIndex.Classify(psi));
    }

    [Fact]
    public void Psi_CountsRowsIntoReferenceDecilesRightClosed()
    {
        // Reference 1…10: deciles at 1.9, 2.8, …, 9.1 (linear quantiles); current values sit on and between edges.
        var reference = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var edges = PopulationStabilityIndex.QuantileEdges(reference);
        Assert.Equal(9, edges.Length);
        Assert.Equal(1.9, edges[0], 12);
        var result = PopulationStabilityIndex.ComputeWithEdges(reference, [1.9, 1.95, 100, -5], edges);
        Assert.Equal(0.5, result.Bins[0].ActualShare);
        Assert.Equal(0.25, result.Bins[1].ActualShare);
        Assert.Equal(0.25, result.Bins[^1].ActualShare);
        Assert.All(result.Bins, b => Assert.Equal(0.1, b.ExpectedShare, 12));
    }

    /// <summary>
    /// For N(0,1) against N(δ,1) the un-binned index (Jeffreys divergence) is δ²; decile bins keep most of it. δ = 0
    /// stays stable, δ = 0.4 (δ² = 0.16) lands in the moderate band, δ = 1 in the significant one (n = 20,000 each).
    /// </summary>
    [Theory]
    [InlineData(0.0, DriftBand.Stable)]
    [InlineData(0.4, DriftBand.Moderate)]
    [InlineData(1.0, DriftBand.Significant)]
    public void Psi_OfAShiftedNormal_FallsInTheExpectedBand(double shift, DriftBand band)
    {
        var rng = new Rng(21);
        var reference = Enumerable.Range(0, 20_000).Select(_ => rng.NextGaussian()).ToArray();
        var current = Enumerable.Range(0, 20_000).Select(_ => rng.NextGaussian() + shift).ToArray();
        var result = PopulationStabilityIndex.Compute(reference, current);
        Assert.Equal(band, result.Band);
        Assert.InRange(result.Value, (0.8 * shift * shift) - 0.005, (shift * shift) + 0.005);
    }

    [Fact]
    public void Psi_GivesMissingValuesTheirOwnBin()
    {
        var reference = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var current = reference.Select((v, i) => i % 5 == 0 ? double.NaN : v).ToArray();
        var result = PopulationStabilityIndex.Compute(reference, current);
        var missing = Assert.Single(result.Bins, b => b.IsMissingBin);
        Assert.Equal(0.2, missing.ActualShare);
        Assert.Equal(0, missing.ExpectedShare);
        Assert.Equal(DriftBand.Significant, result.Band);
    }

    [Fact]
    public void Psi_MergesTiedEdgesOfDiscreteFeatures()
    {
        // A 1–5 wellness score: deciles repeat, so fewer than 10 bins remain.
        var rng = new Rng(2);
        var reference = Enumerable.Range(0, 500).Select(_ => (double)(1 + rng.NextInt(5))).ToArray();
        var edges = PopulationStabilityIndex.QuantileEdges(reference);
        Assert.True(edges.Length < 9);
        Assert.Equal(edges.Distinct().Count(), edges.Length);
    }

    [Fact]
    public void OodModel_ReproducesHandComputedScores()
    {
        // Points 0, 1, 2, 3, 10 with k = 1, unscaled: leave-one-out distances 1, 1, 1, 1, 7; the median threshold is 1.
        var x = Matrix.FromRows([[0.0], [1], [2], [3], [10]]);
        var model = new DistanceOodDetector(new DistanceOodOptions { Neighbors = 1, ThresholdPercentile = 50, Standardize = false }).Fit(x);
        Assert.Equal(1, model.Threshold);
        Assert.Equal(0.4, model.Score([2.4]), 12);
        Assert.False(model.IsOutOfDistribution([2.4]));
        Assert.Equal(3, model.Score([6]), 12);
        Assert.True(model.IsOutOfDistribution([6]));
        Assert.Equal(80, model.PercentileRank([6]));
    }

    [Fact]
    public void OodModel_FlagsAboutTheChosenShareOfFreshInDistributionRows()
    {
        var rng = new Rng(31);
        var train = RandomRows(rng, 800, 3);
        var fresh = RandomRows(rng, 1000, 3);
        var model = new DistanceOodDetector().Fit(train);
        var flagged = Enumerable.Range(0, fresh.Rows).Count(r => model.IsOutOfDistribution(fresh.Row(r)));
        Assert.InRange(flagged, 25, 90);
        Assert.True(model.IsOutOfDistribution([8, 0, 0]));
        Assert.True(model.IsOutOfDistribution([double.NaN, 0, 0]));
        Assert.Equal(100, model.PercentileRank([8, 0, 0]));
    }

    [Fact]
    public void OodModel_SurvivesSaveAndLoad()
    {
        var rng = new Rng(4);
        var train = RandomRows(rng, 100, 2);
        var model = new DistanceOodDetector().Fit(train);
        var loaded = (DistanceOodModel)ModelFile.RoundTrip(model);
        Assert.Equal(model.Threshold, loaded.Threshold);
        for (var r = 0; r < 20; r++) Assert.Equal(model.Score(train.Row(r)), loaded.Score(train.Row(r)));
    }

    private static Matrix RandomRows(Rng rng, int rows, int columns)
    {
        var m = new Matrix(rows, columns);
        for (var i = 0; i < m.Data.Length; i++) m.Data[i] = rng.NextGaussian() * (1 + (i % columns));
        return m;
    }
}
