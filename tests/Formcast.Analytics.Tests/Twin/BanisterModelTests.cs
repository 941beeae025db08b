namespace Formcast.Analytics.Tests.Twin;

public sealed class BanisterModelTests
{
    private static readonly BanisterParameters Parameters = new(0, 1, 10, 2, 5);

    [Fact]
    public void Predict_MatchesHandComputedSums_ForBothDayConventions()
    {
        double[] load = [100, 0, 50];
        var same = new double[3];
        BanisterModel.Predict(load, Parameters, same);
        // Same-day convention: p(0) = 100 − 2·100; p(2) = (100e^{−0.2} + 50) − 2·(100e^{−0.4} + 50).
        Assert.Equal(-100, same[0], 1e-12);
        Assert.Equal(100 * Math.Exp(-0.1) - (200 * Math.Exp(-0.2)), same[1], 1e-12);
        Assert.Equal(100 * Math.Exp(-0.2) + 50 - (2 * ((100 * Math.Exp(-0.4)) + 50)), same[2], 1e-12);

        var before = new double[3];
        BanisterModel.Predict(load, Parameters, before, includeSameDayLoad: false);
        Assert.Equal(0, before[0], 1e-12);
        Assert.Equal(same[1], before[1], 1e-12);
        Assert.Equal(100 * Math.Exp(-0.2) - (200 * Math.Exp(-0.4)), before[2], 1e-12);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnalyticJacobian_MatchesCentralDifferences(bool sameDay)
    {
        var rng = new Formcast.Learning.Rng(5);
        var load = Enumerable.Range(0, 120).Select(_ => 200 * rng.NextDouble()).ToArray();
        int[] days = [10, 33, 33, 60, 119];
        double[] p = [250, 0.2, 35, 0.3, 12];
        var values = new double[days.Length];
        var jacobian = new double[days.Length, 5];
        BanisterModel.Evaluate(load, days, p, sameDay, values, jacobian);
        for (var j = 0; j < 5; j++)
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(p[j]));
            var up = (double[])p.Clone();
            var down = (double[])p.Clone();
            up[j] += h;
            down[j] -= h;
            var vu = new double[days.Length];
            var vd = new double[days.Length];
            BanisterModel.Evaluate(load, days, up, sameDay, vu, null);
            BanisterModel.Evaluate(load, days, down, sameDay, vd, null);
            for (var i = 0; i < days.Length; i++) Assert.Equal((vu[i] - vd[i]) / (2 * h), jacobian[i, j], 1e-5 * Math.Max(1, Math.Abs(jacobian[i, j])));
        }

        // Evaluate agrees with the whole-series prediction.
        var series = new double[120];
        BanisterModel.Predict(load, BanisterParameters.FromArray(p), series, sameDay);
        for (var i = 0; i < days.Length; i++) Assert.Equal(series[days[i]], values[i], 1e-9);
    }
}
