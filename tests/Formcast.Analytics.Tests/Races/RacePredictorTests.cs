using Formcast.Core;

namespace Formcast.Analytics.Tests.Races;

public sealed class RacePredictorTests
{
    private static RaceResult Race(DateOnly date, double meters, double seconds, double? temperature = null, double? humidity = null) => new()
    {
        AthleteId = TestData.AthleteId, Date = date, DistanceMeters = meters, TimeSeconds = seconds,
        TemperatureCelsius = temperature, RelativeHumidityPercent = humidity,
    };

    [Fact]
    public void Riegel_MatchesHandComputation()
    {
        Assert.Equal(2501.91782601869, RaceTimeModels.Riegel(5000, 1200, 10000), 1e-9);     // 1200 · 2^1.06
        Assert.Equal(5957.28831888501, RaceTimeModels.Riegel(10000, 2700, 21097.5), 1e-9);  // 2700 · 2.10975^1.06
        Assert.Equal(1200 * Math.Pow(2, 1.08), RaceTimeModels.Riegel(5000, 1200, 10000, 1.08), 1e-9);
    }

    [Fact]
    public void Cameron_MatchesHandComputation()
    {
        // f(5000) = 14.3404474917289, f(10000) = 13.7686945746911; T2 = 1200 · 2 · f(5000)/f(10000).
        Assert.Equal(14.3404474917289, RaceTimeModels.CameronFactor(5000), 1e-9);
        Assert.Equal(2499.66137264844, RaceTimeModels.Cameron(5000, 1200, 10000), 1e-9);
    }

    [Fact]
    public void MarathonShape_MatchesRunalyzesFormula()
    {
        // VDOT 50: weekly target 50^1.135 = 84.787 km, long-run target 12·ln(12.5) = 30.309 km.
        // One 33 km run today, 70 days of history: weekly share 33·7/70/84.787, long-run points 2·(20/17.309)²·7/70.
        Assert.Equal(84.7873291439269, MarathonShape.TargetWeeklyKm(50), 1e-9);
        Assert.Equal(30.3087437316991, MarathonShape.TargetLongRunKm(50), 1e-9);
        Assert.Equal(11.4196673339037, MarathonShape.Percent(50, [(33, 0)], 70), 1e-9);
        // Marathon: required 42.195^1.23 = 99.786; shape 50 → 0.6 + 0.4·(1 − 49.786/100) = 0.800855.
        Assert.Equal(0.800854708474037, MarathonShape.AdjustmentFactor(42.195, 50), 1e-12);
        Assert.Equal(1, MarathonShape.AdjustmentFactor(10, 50));
    }

    [Fact]
    public void HeatAdjustment_MatchesTheWbgtApproximationAndElyCurve()
    {
        // 20 °C, 50 % RH: e = 0.5·6.105·e^(17.27·20/257.7) = 11.661 hPa; WBGT = 11.34 + 4.583 + 3.94 = 19.863 °C.
        Assert.Equal(19.8629067544038, HeatAdjustment.Wbgt(20, 50), 1e-9);
        // Between the 15–20 and 20–25 °C quartile midpoints: 1.6 % + (19.863 − 17.5)/5 × 1.2 % = 2.167 %.
        Assert.Equal(0.0216709762105691, HeatAdjustment.Slowing(19.8629067544038), 1e-12);
        Assert.Equal(0, HeatAdjustment.Slowing(6));
        Assert.Equal(0.028, HeatAdjustment.Slowing(22.5), 1e-12);
        Assert.Equal(0.008, HeatAdjustment.Slowing(12.5), 1e-12);
    }

    [Fact]
    public void Predict_UsesTheBestRecentRace_AndShowsItsInputs()
    {
        var on = new DateOnly(2024, 6, 1);
        RaceResult[] races =
        [
            Race(new DateOnly(2024, 5, 1), 10000, 41 * 60 + 21),  // VDOT 50
            Race(new DateOnly(2024, 4, 1), 5000, 21 * 60 + 50),   // VDOT 45: not the best
            Race(new DateOnly(2022, 4, 1), 5000, 17 * 60),        // faster, but outside the 365-day window
        ];
        var set = RacePredictor.Predict(races, 42195, on);

        Assert.Equal(3, set.Predictions.Count);
        Assert.All(set.Predictions, p => Assert.Equal(10000, Assert.Single(p.RacesUsed).DistanceMeters));
        var daniels = set.Predictions.Single(p => p.Method == "daniels-vdot");
        Assert.Equal(50, daniels.Inputs["vdot"], 0.1);
        Assert.Equal(11449, daniels.PredictedSeconds, 40.0);   // Daniels' table: VDOT 50 marathon 3:10:49
        var riegel = set.Predictions.Single(p => p.Method == "riegel");
        Assert.Equal(2481 * Math.Pow(4.2195, 1.06), riegel.PredictedSeconds, 1e-6);
        Assert.Contains(riegel.Notes, n => n.Contains("Vickers", StringComparison.Ordinal));
        Assert.Equal(set.Predictions.Min(p => p.PredictedSeconds), set.LowSeconds);
        Assert.Equal(set.Predictions.Max(p => p.PredictedSeconds), set.HighSeconds);
    }

    [Fact]
    public void Predict_WithMarathonShape_SlowsTheMarathonForLowMileage_AndAppliesHeat()
    {
        var on = new DateOnly(2024, 6, 1);
        RaceResult[] races = [Race(new DateOnly(2024, 5, 1), 10000, 41 * 60 + 21)];
        var runs = Enumerable.Range(1, 100).Select(d => new RunSummary(on.AddDays(-d), 5000)).ToList(); // 35 km a week, no long runs
        var set = RacePredictor.Predict(races, 42195, on, recentRuns: runs, conditions: new RaceConditions(20, 50));

        var plain = set.Predictions.Single(p => p.Method == "daniels-vdot");
        var shaped = set.Predictions.Single(p => p.Method == "daniels-vdot-marathon-shape");
        Assert.True(shaped.Inputs["adjustment_factor"] < 1);
        Assert.True(shaped.PredictedSeconds > plain.PredictedSeconds);
        Assert.Equal(0.0216709762105691, plain.Inputs["heat_slowing_fraction"], 1e-12);
        Assert.Equal(Vdot.PredictTimeSeconds(plain.Inputs["vdot"], 42195) * 1.0216709762105691, plain.PredictedSeconds, 1e-6);
    }

    [Fact]
    public void Predict_CarriesAHotReferenceRaceBackToCoolConditions()
    {
        var on = new DateOnly(2024, 6, 1);
        var hot = Race(new DateOnly(2024, 5, 1), 10000, 2481 * 1.0216709762105691, temperature: 20, humidity: 50);
        var set = RacePredictor.Predict([hot], 10000, on);
        Assert.Equal(2481, set.Predictions.Single(p => p.Method == "riegel").PredictedSeconds, 1e-6);
    }

    [Fact]
    public void Predict_WithoutRecentRaces_ReturnsNoPrediction()
    {
        var set = RacePredictor.Predict([], 10000, new DateOnly(2024, 1, 1));
        Assert.Empty(set.Predictions);
        Assert.True(double.IsNaN(set.LowSeconds));
    }
}
