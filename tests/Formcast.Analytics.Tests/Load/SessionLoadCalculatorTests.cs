using Formcast.Core;

namespace Formcast.Analytics.Tests.Load;

public sealed class SessionLoadCalculatorTests
{
    private static readonly DateTimeOffset Morning = new(2024, 3, 4, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cycling_WithPowerAndHeartRate_UsesPower()
    {
        var athlete = TestData.Athlete(thresholds: TestData.Thresholds(new DateOnly(2024, 1, 1)));
        var ride = TestData.Activity(Sport.Cycling, Morning, 3600, new()
        {
            ["power"] = TestData.Constant(3600, 250),
            ["heart_rate"] = TestData.Constant(3600, 170),
        });
        var rpe = new SessionRpe { AthleteId = athlete.Id, Date = new DateOnly(2024, 3, 4), Rpe = 7, DurationMinutes = 60, ActivityId = ride.Id };

        var load = new SessionLoadCalculator().Compute(athlete, ride, rpe);

        Assert.Equal(LoadSource.Power, load.Source);
        Assert.Equal(100, load.Load, 1e-6);            // an hour at threshold power
        Assert.Equal(100, load.HeartRateLoad!.Value, 1e-6); // and at threshold heart rate
        Assert.Equal(420, load.SessionRpeLoad);
        Assert.Equal(7, load.PowerZones.Count);
        Assert.Equal(3600, load.PowerZones[3].Seconds);   // 100 % of threshold is in Z4, 91–105 %
    }

    [Fact]
    public void Running_WithoutThresholdPace_FallsBackToHeartRate_ThenRpe()
    {
        var noPace = TestData.Athlete(thresholds: TestData.Thresholds(new DateOnly(2024, 1, 1), pace: null));
        var run = TestData.Activity(Sport.Running, Morning, 1800, averageHr: 170, distance: 7200);
        var calculator = new SessionLoadCalculator();

        var byHr = calculator.Compute(noPace, run);
        Assert.Equal(LoadSource.HeartRate, byHr.Source);
        Assert.Equal(50, byHr.Load, 1e-9); // half an hour at threshold heart rate

        var withPace = calculator.Compute(TestData.Athlete(thresholds: TestData.Thresholds(new DateOnly(2024, 1, 1))), run);
        Assert.Equal(LoadSource.Pace, withPace.Source);
        Assert.Equal(50, withPace.Load, 1e-9); // 7.2 km in 30 min = 4 m/s = threshold speed of 250 s/km

        var noThresholds = TestData.Athlete();
        var rpe = new SessionRpe { AthleteId = noThresholds.Id, Date = new DateOnly(2024, 3, 4), Rpe = 6, DurationMinutes = 30, ActivityId = run.Id };
        var byRpe = calculator.Compute(noThresholds, run, rpe);
        Assert.Equal(LoadSource.SessionRpe, byRpe.Source);
        Assert.Equal(180.0 / 420 * 100, byRpe.Load, 1e-9);

        var unrated = calculator.Compute(noThresholds, run);
        Assert.Equal(LoadSource.None, unrated.Source);
        Assert.Equal(0, unrated.Load);
    }

    [Fact]
    public void Thresholds_AreTheRecordInForceOnTheSessionDay()
    {
        var athlete = TestData.Athlete(thresholds:
        [
            TestData.Thresholds(new DateOnly(2024, 1, 1), ftp: 250),
            TestData.Thresholds(new DateOnly(2024, 3, 5), ftp: 200),
        ]);
        var calculator = new SessionLoadCalculator();
        var before = calculator.Compute(athlete, TestData.Activity(Sport.Cycling, Morning, 3600, averagePower: 200));
        var after = calculator.Compute(athlete, TestData.Activity(Sport.Cycling, Morning.AddDays(1), 3600, averagePower: 200));

        Assert.Equal(new DateOnly(2024, 1, 1), before.ThresholdsFrom);
        Assert.Equal(64, before.Load, 1e-9);  // 1 h × (200/250)² × 100
        Assert.Equal(new DateOnly(2024, 3, 5), after.ThresholdsFrom);
        Assert.Equal(100, after.Load, 1e-9);
    }

    [Fact]
    public void SessionDay_IsTheLocalDayInTheAthletesTimeZone()
    {
        var athlete = TestData.Athlete(timeZone: "Europe/Berlin");
        var lateEvening = new DateTimeOffset(2024, 3, 4, 23, 30, 0, TimeSpan.Zero); // 00:30 on 5 March in Berlin
        var load = new SessionLoadCalculator().Compute(athlete, TestData.Activity(Sport.Running, lateEvening, 1800));
        Assert.Equal(new DateOnly(2024, 3, 5), load.Date);
    }

    [Fact]
    public void EstimatedThresholdHeartRate_IsNotedAndUsed()
    {
        var athlete = TestData.Athlete(thresholds: TestData.Thresholds(new DateOnly(2024, 1, 1), lthr: null, pace: null));
        var load = new SessionLoadCalculator().Compute(athlete, TestData.Activity(Sport.Running, Morning, 3600, averageHr: 177.5));
        // rest 50 + 0.85 × 150 = 177.5 bpm: an hour there scores 100.
        Assert.Equal(100, load.Load, 1e-9);
        Assert.Contains(load.Notes, n => n.Contains("estimated", StringComparison.Ordinal));
    }

    [Fact]
    public void ComputeAll_AttachesLinkedRpe_AndScoresUnlinkedRpeAsItsOwnSession()
    {
        var athlete = TestData.Athlete();
        var run = TestData.Activity(Sport.Running, Morning, 1800);
        var linked = new SessionRpe { AthleteId = athlete.Id, Date = new DateOnly(2024, 3, 4), Rpe = 5, DurationMinutes = 30, ActivityId = run.Id };
        var gym = new SessionRpe { AthleteId = athlete.Id, Date = new DateOnly(2024, 3, 4), Rpe = 4, DurationMinutes = 45, SessionType = "strength" };

        var sessions = new SessionLoadCalculator().ComputeAll(athlete, [run], [linked, gym]);

        Assert.Equal(2, sessions.Count);
        Assert.Contains(sessions, s => s.ActivityId == run.Id && s.SessionRpeLoad == 150);
        Assert.Contains(sessions, s => s.ActivityId is null && s.SessionRpeLoad == 180);
    }
}
