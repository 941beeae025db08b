using Formcast.Core;

namespace Formcast.Analytics.Tests.Days;

public sealed class AthleteDayCalculatorTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static SessionLoad Session(DateOnly date, double load) =>
        new() { Date = date, Load = load, Source = LoadSource.HeartRate, DurationMinutes = 60 };

    [Fact]
    public void FitnessFatigueAndForm_FollowTheSeries_AndFormShowsTheChosenDay()
    {
        double[] loads = [100, 0, 50, 80, 0, 0, 120, 60, 0, 90];
        var inputs = new AthleteDayInputs { Sessions = [.. loads.Select((l, i) => Session(Start.AddDays(i), l)).Where(s => s.Load > 0)] };
        var tomorrow = new AthleteDayCalculator().Compute(TestData.AthleteId, inputs, Start, Start.AddDays(9));
        var today = new AthleteDayCalculator(new DailyStateOptions { FormDay = FormDay.Today }).Compute(TestData.AthleteId, inputs, Start, Start.AddDays(9));

        var fitness = new double[10];
        var fatigue = new double[10];
        FitnessFatigue.Series(loads, 1 - Math.Exp(-1.0 / 42), 0, fitness);
        FitnessFatigue.Series(loads, 1 - Math.Exp(-1.0 / 7), 0, fatigue);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(fitness[i], tomorrow[i].Fitness!.Value, 1e-12);
            Assert.Equal(fatigue[i], tomorrow[i].Fatigue!.Value, 1e-12);
            Assert.Equal(fitness[i] - fatigue[i], today[i].Form!.Value, 1e-12);
            Assert.Equal(i == 0 ? 0 : fitness[i - 1] - fatigue[i - 1], tomorrow[i].Form!.Value, 1e-12);
        }

        // Ramp rate needs 7 days before today; Williams EWMA runs from day one.
        Assert.Null(tomorrow[6].RampRate);
        Assert.Equal(fitness[7] - fitness[0], tomorrow[7].RampRate!.Value, 1e-12);
        Assert.Equal(100 * 0.25 / (100 * 2.0 / 29), tomorrow[0].AcwrEwma!.Value, 1e-12);
        Assert.Contains("form=tomorrow", tomorrow[0].Provenance, StringComparison.Ordinal);
        Assert.Contains("ewma=exp 42/7", tomorrow[0].Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusAndFlags_DistinguishRestFromNotRecorded_AndShortHistory()
    {
        var inputs = new AthleteDayInputs
        {
            Sessions = [Session(Start, 80), new SessionLoad { Date = Start, Source = LoadSource.None, DurationMinutes = 30 }],
            Wellness = [new WellnessEntry { AthleteId = TestData.AthleteId, Date = Start.AddDays(1), Soreness = 3 }],
            RestDays = new HashSet<DateOnly> { Start.AddDays(2) },
        };
        var days = new AthleteDayCalculator().Compute(TestData.AthleteId, inputs, Start, Start.AddDays(29));

        Assert.Equal(DayStatus.Trained, days[0].Status);
        Assert.Equal(2, days[0].SessionCount);
        Assert.True(days[0].Quality.HasFlag(DayQualityFlags.UnratedSession));
        Assert.Equal(LoadSource.HeartRate, days[0].LoadSource);
        Assert.Equal(DayStatus.RestDay, days[1].Status);   // wellness logged, no training
        Assert.False(days[1].Quality.HasFlag(DayQualityFlags.NoWellness));
        Assert.Equal(DayStatus.RestDay, days[2].Status);   // declared rest
        Assert.Equal(DayStatus.NotRecorded, days[3].Status);
        Assert.True(days[3].Quality.HasFlag(DayQualityFlags.NoWellness | DayQualityFlags.NoHrv));
        Assert.True(days[26].Quality.HasFlag(DayQualityFlags.ShortLoadHistory));
        Assert.False(days[27].Quality.HasFlag(DayQualityFlags.ShortLoadHistory));
        Assert.Null(days[26].AcwrRollingCoupled);
        Assert.Equal(0, days[27].AcwrRollingCoupled!.Value); // all load is older than 7 days, so the acute week is empty
    }

    [Fact]
    public void Readiness_ComparesHrvTrendWithItsNormalBand_AndRestingHrWithItsZScore()
    {
        var today = Start.AddDays(100);
        var wellness = new List<WellnessEntry>();
        for (var d = 1; d <= 60; d++)
        {
            var date = today.AddDays(-d);
            var ln = d <= 6 ? 3.9 : d % 2 == 0 ? 4.0 : 4.2;
            wellness.Add(new WellnessEntry
            {
                AthleteId = TestData.AthleteId,
                Date = date,
                Hrv = new HrvMeasurement(Math.Exp(ln), HrvMetric.Rmssd, "morning-chest-strap"),
                RestingHeartRateBpm = d <= 28 ? (d % 2 == 0 ? 50 : 52) : null,
            });
        }

        wellness.Add(new WellnessEntry
        {
            AthleteId = TestData.AthleteId,
            Date = today,
            Hrv = new HrvMeasurement(Math.Exp(3.9), HrvMetric.Rmssd, "morning-chest-strap"),
            RestingHeartRateBpm = 55,
        });
        var day = new AthleteDayCalculator().Compute(TestData.AthleteId, new AthleteDayInputs { Wellness = wellness }, today, today)[0];

        // Baseline = the 60 days before today: 27 × 4.0, 27 × 4.2 and 6 × 3.9 (ln rMSSD).
        var baseline = Enumerable.Repeat(4.0, 27).Concat(Enumerable.Repeat(4.2, 27)).Concat(Enumerable.Repeat(3.9, 6)).ToArray();
        var mean = baseline.Average();                                                            // 4.08
        var sd = Math.Sqrt(baseline.Sum(x => (x - mean) * (x - mean)) / 59);                      // sample SD
        var hrv = Assert.Single(day.ReadinessContributors, c => c.Name == "hrv");
        Assert.Equal(3.9, hrv.Value!.Value, 1e-12);                                               // 7-day mean
        Assert.Equal(mean, hrv.BaselineMean!.Value, 1e-12);
        Assert.Equal((3.9 - mean) / sd, hrv.ZScore!.Value, 1e-12);
        Assert.Equal(ContributorDirection.Lowers, hrv.Direction);                                 // below mean − 0.5·SD
        Assert.Equal(mean - (0.5 * sd), day.Metrics["hrv_band_low"], 1e-12);
        Assert.Contains("below your normal band", hrv.Explanation, StringComparison.Ordinal);

        // Resting HR: 28-day mean 51, sample SD √(28/27) = 1.018350; 55 bpm is 3.93 SD worse (red).
        var rhr = Assert.Single(day.ReadinessContributors, c => c.Name == "resting_hr");
        var rhrZ = -(55 - 51) / Math.Sqrt(28.0 / 27);
        Assert.Equal(rhrZ, rhr.ZScore!.Value, 1e-12);
        Assert.Equal(ContributorDirection.Lowers, rhr.Direction);
        Assert.Contains("(red)", rhr.Explanation, StringComparison.Ordinal);

        // Readiness = 100·Φ((2·clip(zHRV) + 1·clip(zRHR, −3, 3)) / 3).
        var z = ((2 * Math.Clamp((3.9 - mean) / sd, -3, 1)) + Math.Clamp(rhrZ, -3, 3)) / 3;
        Assert.Equal(100 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, z), day.Readiness!.Value, 1e-9);
        Assert.False(day.Quality.HasFlag(DayQualityFlags.ShortHrvBaseline));
    }

    [Fact]
    public void Readiness_WithFewHrvDays_FlagsShortBaseline_AndComparesOnlyLikeWithLike()
    {
        var today = Start.AddDays(100);
        var wellness = Enumerable.Range(1, 30).Select(d => new WellnessEntry
        {
            AthleteId = TestData.AthleteId,
            Date = today.AddDays(-d),
            // 10 chest-strap rMSSD readings; the other 20 are watch SDNN readings that must not join the baseline.
            Hrv = d <= 10 ? new HrvMeasurement(60, HrvMetric.Rmssd, "strap") : new HrvMeasurement(80, HrvMetric.Sdnn, "watch"),
        }).Append(new WellnessEntry { AthleteId = TestData.AthleteId, Date = today, Hrv = new HrvMeasurement(55, HrvMetric.Rmssd, "strap") });
        var day = new AthleteDayCalculator().Compute(TestData.AthleteId, new AthleteDayInputs { Wellness = [.. wellness] }, today, today)[0];

        Assert.True(day.Quality.HasFlag(DayQualityFlags.ShortHrvBaseline));
        var hrv = Assert.Single(day.ReadinessContributors);
        Assert.Null(hrv.ZScore);
        Assert.Equal(ContributorDirection.Neutral, hrv.Direction);
        Assert.Contains("10 of 21", hrv.Explanation, StringComparison.Ordinal);
        Assert.Null(day.Readiness);
    }

    [Fact]
    public void Readiness_HrvAboveItsBand_IsNeutral_AndCountsAtMostPlusOne_WhileGoodAnswersRaise()
    {
        var today = Start.AddDays(100);
        var wellness = new List<WellnessEntry>();
        for (var d = 0; d <= 60; d++)
        {
            var ln = d <= 6 ? 4.6 : d % 2 == 0 ? 4.0 : 4.2;
            wellness.Add(new WellnessEntry
            {
                AthleteId = TestData.AthleteId,
                Date = today.AddDays(-d),
                Hrv = new HrvMeasurement(Math.Exp(ln), HrvMetric.Rmssd, "strap"),
                Soreness = d == 0 ? 5 : d <= 28 ? (d % 2 == 0 ? 2 : 3) : null,
            });
        }

        var day = new AthleteDayCalculator().Compute(TestData.AthleteId, new AthleteDayInputs { Wellness = wellness }, today, today)[0];
        var hrv = Assert.Single(day.ReadinessContributors, c => c.Name == "hrv");
        Assert.Equal(ContributorDirection.Neutral, hrv.Direction);
        Assert.True(hrv.ZScore > 1);
        Assert.Contains("above your normal band", hrv.Explanation, StringComparison.Ordinal);

        // Soreness 5 against a 28-day mean of 2.5 (sample SD √(28/27)·0.5): far better than usual, so it raises readiness.
        var soreness = Assert.Single(day.ReadinessContributors, c => c.Name == "soreness");
        var z = (5 - 2.5) / (0.5 * Math.Sqrt(28.0 / 27));
        Assert.Equal(z, soreness.ZScore!.Value, 1e-12);
        Assert.Equal(ContributorDirection.Raises, soreness.Direction);
        var expected = ((2 * 1.0) + (0.5 * 3)) / 2.5; // HRV capped at +1, soreness clipped at +3
        Assert.Equal(100 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, expected), day.Readiness!.Value, 1e-9);
    }
}
