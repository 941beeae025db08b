using Formcast.Learning.Decomposition;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Decomposition;

public sealed class PcaTests
{
    // (1, 1), (2, 2), (4, 4): one axis (1, 1)/√2; centred projections √2·(−4/3, −1/3, 5/3), variance
    // 2·(16 + 1 + 25)/9 / 2 = 14/3, ratio 1. The largest-magnitude projection (row 3) is made positive (svd_flip).
    [Fact]
    public void PointsOnALine_HaveOneHandComputedComponent()
    {
        var x = Matrix.FromRows([[1.0, 1.0], [2.0, 2.0], [4.0, 4.0]]);
        var model = new PrincipalComponentAnalysis().Fit(x);
        Assert.Equal(2, model.ComponentCount);
        Assert.Equal(1 / Math.Sqrt(2), model.Components[0, 0], 1e-14);
        Assert.Equal(1 / Math.Sqrt(2), model.Components[0, 1], 1e-14);
        Assert.Equal(14.0 / 3, model.ExplainedVariance[0], 1e-13);
        Assert.Equal(1, model.ExplainedVarianceRatio[0], 1e-14);
        Assert.Equal(0, model.ExplainedVariance[1], 1e-14);
        var projection = new double[2];
        model.Transform([4.0, 4.0], projection);
        Assert.Equal(Math.Sqrt(2) * 5 / 3, projection[0], 1e-14);
    }

    [Fact]
    public void InverseTransform_ReconstructsRowsWithAllComponents_AndWhitenedProjectionsHaveUnitVariance()
    {
        var x = ModelChecks.Gaussian(30, 4, 13);
        var model = new PrincipalComponentAnalysis(new PcaOptions { Whiten = true }).Fit(x);
        var projected = model.Transform(x);
        for (var k = 0; k < 4; k++)
        {
            var column = projected.Column(k);
            Assert.Equal(1, column.Sum(v => v * v) / 29, 1e-10);
        }

        var back = new double[4];
        model.InverseTransform(projected.Row(3), back);
        for (var j = 0; j < 4; j++) Assert.Equal(x[3, j], back[j], 1e-10);
    }

    // VarianceToKeep keeps the fewest components whose ratios sum past the fraction.
    [Fact]
    public void VarianceToKeep_KeepsTheFewestComponentsNeeded()
    {
        var x = Matrix.FromRows([[0.0, 0.0, 0.0], [10.0, 1.0, 0.1], [0.0, 2.0, 0.0], [10.0, 3.0, 0.2], [5.0, 0.0, -0.1]]);
        var all = new PrincipalComponentAnalysis().Fit(x);
        var kept = new PrincipalComponentAnalysis(new PcaOptions { VarianceToKeep = all.ExplainedVarianceRatio[0] + 1e-9 }).Fit(x);
        Assert.Equal(2, kept.ComponentCount);
        Assert.Equal(all.ExplainedVariance.Skip(2).Average(), kept.NoiseVariance, 1e-12);
    }

    [Fact]
    public void SaveAndLoad_GiveIdenticalProjections()
    {
        var x = ModelChecks.Gaussian(20, 5, 14);
        var model = new PrincipalComponentAnalysis(new PcaOptions { Components = 3 }).Fit(x);
        ModelChecks.RoundTrip(model, x, (m, row) =>
        {
            var p = new double[3];
            m.Transform(row, p);
            return p;
        });
    }

    [Fact]
    public void InvalidOptions_AreRejectedByName()
    {
        ModelChecks.RejectsOption("Components", () => new PcaOptions { Components = -1 }.Validate());
        ModelChecks.RejectsOption("VarianceToKeep", () => new PcaOptions { VarianceToKeep = 1.5 }.Validate());
        ModelChecks.RejectsOption("VarianceToKeep", () => new PcaOptions { Components = 2, VarianceToKeep = 0.5 }.Validate());
    }
}
