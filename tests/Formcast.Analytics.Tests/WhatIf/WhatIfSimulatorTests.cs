using Formcast.Analytics.Tests.Days;
using Formcast.Core;

namespace Formcast.Analytics.Tests.WhatIf;

public sealed class WhatIfSimulatorTests
{
    // 3 June 2024 is a Monday.
    private static readonly DateOnly PlanStart = new(2024, 6, 3);
    private static readonly DateOnly PlanEnd = PlanStart.AddDays(20);

    /// <summary>Three weeks of: Mon rest, Tue intervals, Wed easy, Thu easy, Fri rest, Sat long run, Sun easy.</summary>
    private static List<PlannedSession> BasePlan()
    {
        var plan = new List<PlannedSession>();
        for (var w = 0; w < 3; w++)
        {
            var monday = PlanStart.AddDays(7 * w);
            void Add(int day, SessionIntensity intensity, double load, double minutes) => plan.Add(new PlannedSession
            {
                AthleteId = TestData.AthleteId, Date = monday.AddDays(day), Intensity = intensity, PlannedLoad = load, DurationMinutes = minutes,
            });
            Add(1, SessionIntensity.Intervals, 85, 60);
            Add(2, SessionIntensity.Easy, 45, 50);
            Add(3, SessionIntensity.Easy, 45, 50);
            Add(5, SessionIntensity.Easy, 110, 120);
            Add(6, SessionIntensity.Easy, 45, 50);
        }

        return plan;
    }

    private static IReadOnlyList<AthleteDay> History()
    {
        var start = PlanStart.AddDays(-200);
        var inputs = RandomHistory.Generate(42, start, 200);
        return new AthleteDayCalculator().Compute(TestData.AthleteId, inputs, start, PlanStart.AddDays(-1));
    }

    private static List<PlannedSession> Edit(string change)
    {
        var parsed = PlanChangeParser.Parse(change);
        Assert.True(parsed.IsSuccess, parsed.Error);
        var result = WhatIfSimulator.Simulate([], BasePlan(), PlanStart, PlanEnd, parsed.Changes);
        return [.. result.Changed.Plan];
    }

    [Fact]
    public void AddingIntervals_UsesTheLightestDaysAwayFromHardSessions_OnlyInTheGivenWeeks()
    {
        var plan = Edit("add 2 interval sessions per week for 2 weeks");
        var added = plan.Where(s => s.Planner == "what-if").ToList();
        // Monday and Wednesday touch Tuesday's intervals; Friday is free and Sunday holds the lightest remaining load.
        Assert.Equal([PlanStart.AddDays(4), PlanStart.AddDays(6), PlanStart.AddDays(11), PlanStart.AddDays(13)], added.Select(s => s.Date));
        Assert.All(added, s => Assert.Equal(85, s.PlannedLoad));
        Assert.Equal(BasePlan().Sum(s => s.PlannedLoad) + (4 * 85), plan.Sum(s => s.PlannedLoad), 1e-9);
    }

    [Fact]
    public void MovingTheLongRun_MovesTheLongestEasySessionEachWeek()
    {
        var plan = Edit("move the long run to thursday");
        var longRuns = plan.Where(s => s.DurationMinutes == 120).ToList();
        Assert.Equal(3, longRuns.Count);
        Assert.All(longRuns, s => Assert.Equal(DayOfWeek.Thursday, s.Date.DayOfWeek));
    }

    [Fact]
    public void Taper_CutsTheLastDaysProgressively()
    {
        var plan = Edit("taper 10 days");
        // Last day (21st, Sunday) is step 10 of 10: 45 × (1 − 0.5) = 22.5; the long run on day 20 is step 9: 110 × 0.55.
        Assert.Equal(22.5, plan.Single(s => s.Date == PlanEnd).PlannedLoad, 1e-9);
        Assert.Equal(110 * 0.55, plan.Single(s => s.Date == PlanEnd.AddDays(-1)).PlannedLoad, 1e-9);
        Assert.Equal(85, plan.Single(s => s.Date == PlanStart.AddDays(8)).PlannedLoad, 1e-9); // before the taper
    }

    [Fact]
    public void RestAndScale_RemoveAndScaleSessions()
    {
        Assert.DoesNotContain(Edit("rest 3 days"), s => s.Date < PlanStart.AddDays(3));
        var scaled = Edit("reduce load by 20% for 1 week");
        Assert.Equal(85 * 0.8, scaled.Single(s => s.Date == PlanStart.AddDays(1)).PlannedLoad, 1e-9);
        Assert.Equal(85, scaled.Single(s => s.Date == PlanStart.AddDays(8)).PlannedLoad, 1e-9);
    }

    [Fact]
    public void UnchangedPlan_FollowsTheDailyStateRecursionFromTheStoredHistory()
    {
        var history = History();
        var result = WhatIfSimulator.Simulate(history, BasePlan(), PlanStart, PlanEnd, []);
        // The same plan fed to the day calculator as sessions gives the same fitness, fatigue and ratios.
        var sessions = BasePlan().Select(s => new SessionLoad { Date = s.Date, Load = s.PlannedLoad, Source = LoadSource.HeartRate }).ToList();
        var calculator = new AthleteDayCalculator();
        var continued = calculator.Continue(TestData.AthleteId, history.TakeLast(calculator.Options.CarryDays).ToList(),
            new AthleteDayInputs { Sessions = sessions }, PlanEnd);
        for (var i = 0; i < continued.Count; i++)
        {
            Assert.Equal(continued[i].Fitness!.Value, result.Baseline.Days[i].Fitness, 1e-12);
            Assert.Equal(continued[i].Form!.Value, result.Baseline.Days[i].Form, 1e-12);
            Assert.Equal(continued[i].AcwrEwma, result.Baseline.Days[i].AcwrEwma);
            Assert.Equal(continued[i].Monotony, result.Baseline.Days[i].Monotony);
        }

        Assert.Equal(result.Baseline.Days.Select(d => d.Fitness), result.Changed.Days.Select(d => d.Fitness));
    }

    [Fact]
    public void MoreLoad_RaisesFitnessAndSignals_TaperRaisesFinalForm_AndTheTwinPredictsPerformance()
    {
        var history = History();
        var twin = new TwinFit
        {
            Parameters = new BanisterParameters(250, 0.1, 42, 0.3, 9),
            Observations = [],
            Fitted = [],
            IncludeSameDayLoad = true,
            AsymptoticCorrelation = new double[5, 5],
        };

        var (heavy, parse) = WhatIfSimulator.Simulate(history, BasePlan(), PlanStart, PlanEnd,
            "add 3 interval sessions per week; increase load by 60 %", twin);
        Assert.True(parse.IsSuccess);
        Assert.NotNull(heavy);
        Assert.True(heavy.Changed.TotalLoad > heavy.Baseline.TotalLoad);
        Assert.True(heavy.Changed.FinalFitness > heavy.Baseline.FinalFitness);
        Assert.True(heavy.Changed.MaxAcwrEwma > heavy.Baseline.MaxAcwrEwma);
        Assert.True(heavy.Changed.SignalDays > heavy.Baseline.SignalDays);
        Assert.Equal(2, heavy.AppliedChanges.Count);

        var series = history.Select(d => d.Load).Concat(heavy.Changed.Days.Select(d => d.Load)).ToArray();
        Assert.Equal(twin.Predict(series)[^1], heavy.Changed.FinalPerformance!.Value, 1e-9);

        var (tapered, _) = WhatIfSimulator.Simulate(history, BasePlan(), PlanStart, PlanEnd, "taper 10 days by 60%", twin);
        Assert.True(tapered!.Changed.FinalForm > tapered.Baseline.FinalForm);
        Assert.True(tapered.Changed.FinalPerformance > tapered.Baseline.FinalPerformance); // fatigue clears faster than fitness
    }

    [Fact]
    public void BadChangeText_IsAResult()
    {
        var (result, parse) = WhatIfSimulator.Simulate([], BasePlan(), PlanStart, PlanEnd, "add lots of sessions");
        Assert.Null(result);
        Assert.False(parse.IsSuccess);
    }
}
