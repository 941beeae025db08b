using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Demo;
using Formcast.Workflows.Planning;

namespace Formcast.Workflows.Tests.Planning;

public sealed class PlanRecommendationWorkflowTests
{
    private static readonly AccessContext Owner = AccessContext.Owner("test");
    private static readonly DemoCohortOptions Options = new() { EndDate = new DateOnly(2026, 3, 31), Days = 56, Composition = [(Sport.DistanceRunning, 1), (Sport.BallGame, 1)] };
    private static readonly DateOnly Today = Options.EndDate.AddDays(1);

    [Fact]
    public async Task Recommendation_GivesTodayAndSevenDays_WithTargetsAndReasons_FromTheShippedPolicy()
    {
        using var folder = new TempDirectory();
        await using var store = await SeededAsync(folder);
        var runner = await HandleAsync(store, Sport.DistanceRunning);
        var outcome = await new PlanRecommendationWorkflow(store, Owner).RunAsync(new PlanRecommendationRequest { Athlete = runner, Date = Today }, TestContext.Current.CancellationToken);

        var result = Assert.IsType<PlanRecommendationResult>(outcome.Result);
        Assert.Equal(PlanPlanners.ShippedPolicyName, result.Policy);
        Assert.Equal(Today, result.Plan.Today.Date);
        Assert.Equal(Enumerable.Range(0, 7).Select(Today.AddDays), result.Plan.Week.Select(s => s.Date));
        Assert.True(result.HistoryDaysWithLoad >= 14, $"{result.HistoryDaysWithLoad} loaded days");
        Assert.All(result.Plan.Week, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.All(result.Plan.Week.Where(s => s.Type != "rest"), s =>
        {
            Assert.InRange(s.DurationMinutes, 10, 150);
            var hr = Assert.IsType<RangeView>(s.HeartRateBpm);
            Assert.True(hr.Low < hr.High && hr.Low > 60 && hr.High <= 220, $"{hr}");
        });
        Assert.Equal(7, result.Plan.Forecast.Count);
        Assert.Empty(result.Alternatives);
        Assert.Null(result.WhatIf);
    }

    [Fact]
    public async Task CoachSessions_Win_TimeLossInjuries_TurnDaysIntoRest()
    {
        using var folder = new TempDirectory();
        await using var store = await SeededAsync(folder);
        var handle = await HandleAsync(store, Sport.BallGame);
        var athlete = (await store.FindAthleteAsync(Owner, handle))!;
        var batch = new StoreBatch();
        batch.Injuries.Add(new Injury { Id = InjuryId.New(), AthleteId = athlete.Id, OnsetDate = Today.AddDays(-1), BodyPart = "ankle", Type = "sprain", TimeLossDays = 3 });
        await store.WriteAsync(Owner, batch);

        var workflow = new PlanRecommendationWorkflow(store, Owner);
        var outcome = await workflow.RunAsync(new PlanRecommendationRequest
        {
            Athlete = handle,
            Date = Today,
            Planner = "fixed",
            CoachSessions = [$"{Today.AddDays(1):yyyy-MM-dd}:easy:20", $"{Today.AddDays(4):yyyy-MM-dd}:rest"],
        }, TestContext.Current.CancellationToken);

        var week = Assert.IsType<PlanRecommendationResult>(outcome.Result).Plan.Week;
        // Injured 1 day before today with 3 days lost: today is rest by the safety limits; tomorrow the coach's easy session stands.
        Assert.Equal("rest", week[0].Type);
        Assert.Contains("ankle sprain", week[0].Reason, StringComparison.Ordinal);
        Assert.True(week[1].CoachOverride);
        Assert.Equal(("easy", 20.0), (week[1].Type, week[1].DurationMinutes));
        Assert.Contains("kept despite the reported injury", week[1].Reason, StringComparison.Ordinal);
        Assert.Equal("rest", week[4].Type);
        Assert.True(week[4].CoachOverride);
        Assert.All(week.Where(s => !s.CoachOverride), s => Assert.Equal("fixed-periodisation", s.Planner));
    }

    [Fact]
    public async Task Compare_RunsEveryOtherPlanner_AndWhatIfForecastsTheCoachWeek()
    {
        using var folder = new TempDirectory();
        await using var store = await SeededAsync(folder);
        var handle = await HandleAsync(store, Sport.DistanceRunning);
        var outcome = await new PlanRecommendationWorkflow(store, Owner).RunAsync(new PlanRecommendationRequest
        {
            Athlete = handle,
            Date = Today,
            Planner = "lp",
            Compare = true,
            WhatIf = ["rest", "easy:40", "-"],
        }, TestContext.Current.CancellationToken);

        var result = Assert.IsType<PlanRecommendationResult>(outcome.Result);
        Assert.Equal(["fixed-periodisation", "genetic-algorithm", "hrv-guided", "ppo", "svr"], result.Alternatives.Select(a => a.Planner).Order());
        var whatIf = Assert.IsType<PlanView>(result.WhatIf);
        Assert.Equal("rest", whatIf.Week[0].Type);
        Assert.Equal(0, whatIf.Forecast[0].Load);
        Assert.Equal("what-if", whatIf.Week[1].Planner);
        Assert.Equal("linear-program", whatIf.Week[2].Planner);
        Assert.Equal(result.Plan.State, whatIf.State);
    }

    [Theory]
    [InlineData("ghost", "ppo", null, true, "no athlete 'ghost'")]
    [InlineData(null, "dqn", null, false, "unknown planner 'dqn'")]
    [InlineData(null, "ppo", "2026-04-01:nap", false, "coach session '2026-04-01:nap' is not yyyy-MM-dd:TYPE[:MINUTES] with TYPE one of rest, recovery")]
    [InlineData(null, "ppo", "tomorrow:rest", false, "coach session 'tomorrow:rest' is not yyyy-MM-dd:TYPE[:MINUTES]")]
    [InlineData(null, "ppo", "2026-04-01:easy:-5", false, "coach session '2026-04-01:easy:-5': minutes must be a number from 0 to 600")]
    public async Task BadRequests_AreProblems_NotExceptions(string? athlete, string planner, string? coach, bool notFound, string problem)
    {
        using var folder = new TempDirectory();
        await using var store = await SeededAsync(folder);
        var outcome = await new PlanRecommendationWorkflow(store, Owner).RunAsync(new PlanRecommendationRequest
        {
            Athlete = athlete ?? await HandleAsync(store, Sport.DistanceRunning),
            Date = Today,
            Planner = planner,
            CoachSessions = coach is null ? [] : [coach],
        }, TestContext.Current.CancellationToken);
        Assert.Null(outcome.Result);
        Assert.Equal(notFound, outcome.NotFound);
        Assert.Contains(problem, outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionSpec_ParsesTypesMinutesAndDefaults()
    {
        var id = AthleteId.New();
        var day = new DateOnly(2026, 4, 1);
        var intervals = SessionSpec.ParseSession("Intervals:55", id, day, out var error);
        Assert.Null(error);
        Assert.Equal((SessionIntensity.Intervals, 55.0, day), (intervals!.Intensity, intervals.DurationMinutes, intervals.Date));
        Assert.Equal(45, SessionSpec.ParseSession("easy", id, day, out _)!.DurationMinutes);
        Assert.Equal(0, SessionSpec.ParseSession("rest:30", id, day, out _)!.DurationMinutes);
        Assert.Null(SessionSpec.ParseSession("3", id, day, out error));
        Assert.Contains("TYPE one of rest, recovery, easy", error, StringComparison.Ordinal);
        var coach = SessionSpec.ParseCoachSession("2026-04-03:threshold:40", id, out _);
        Assert.Equal((new DateOnly(2026, 4, 3), SessionIntensity.Threshold, 40.0, true), (coach!.Date, coach.Intensity, coach.DurationMinutes, coach.IsCoachOverride));
    }

    private static async Task<IFormcastStore> SeededAsync(TempDirectory folder)
    {
        var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        await DemoSeeder.SeedAsync(store, Options);
        await new DailyStateWorkflow(store, Owner, clock: FixedClock.At(Options.EndDate)).RecomputeAllAsync();
        return store;
    }

    private static async Task<string> HandleAsync(IFormcastStore store, Sport sport) =>
        (await store.ListAthletesAsync(Owner)).First(a => a.Sport == sport).Handle;
}
