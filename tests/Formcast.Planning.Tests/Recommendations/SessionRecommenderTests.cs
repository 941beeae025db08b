using Formcast.Core;

namespace Formcast.Planning.Tests.Recommendations;

public sealed class SessionRecommenderTests
{
    private static readonly DateOnly Today = new(2025, 3, 10); // a Monday
    private static readonly AthleteId Id = new(Guid.Parse("6f1c1c52-0d3e-4b8e-9c55-0a7d2b7b1e01"));

    private static Athlete Runner() => new()
    {
        Id = Id,
        Handle = "runner",
        Sex = Sex.Female,
        BirthYear = 2000,
        Sport = Sport.DistanceRunning,
        Level = AthleteLevel.Trained,
        Thresholds = [new PhysiologicalThresholds(new DateOnly(2024, 1, 1), 190, 50, 172, 270, null, 52, 58)],
    };

    /// <summary>Six weeks of six 80-TRIMP days and a Sunday rest day (yesterday), and a steady ln rMSSD of about 4.2 (rMSSD ≈ 67 ms).</summary>
    private static RecommendationRequest Request(Func<int, double>? lnRmssd = null, IReadOnlyList<PlannedSession>? coach = null, IReadOnlyList<Injury>? injuries = null, Func<int, double>? load = null) => new()
    {
        Athlete = Runner(),
        Today = Today,
        Days = [.. Enumerable.Range(1, 42).Select(k => new AthleteDay { AthleteId = Id, Date = Today.AddDays(-k), Load = load?.Invoke(k) ?? (k % 7 == 1 ? 0 : 80) })],
        Wellness = [.. Enumerable.Range(0, 42).Select(k => new WellnessEntry
        {
            AthleteId = Id,
            Date = Today.AddDays(-k),
            Mood = 3.5,
            Hrv = new HrvMeasurement(Math.Exp(lnRmssd?.Invoke(k) ?? (4.2 + (0.1 * Math.Sin(k * 1.7)))), HrvMetric.Rmssd, "morning-chest-strap"),
        })],
        CoachSessions = coach ?? [],
        Injuries = injuries ?? [],
    };

    [Fact]
    public void Recommend_GivesTodayAndAWeekWithTargetsAndAReason()
    {
        var recommendation = new SessionRecommender(new FixedPeriodisationPlanner()).Recommend(Request());
        Assert.Equal(7, recommendation.Week.Count);
        Assert.Equal(Enumerable.Range(0, 7).Select(Today.AddDays), recommendation.Week.Select(s => s.Date));
        var today = recommendation.Today;
        Assert.Equal(SessionIntensity.Easy, today.Intensity); // Monday of the distance runner's week: easy at 62 % HRR
        // Karvonen: 50 + (0.62 ± 0.05) × 140 → 129.8–143.8, rounded.
        Assert.Equal((130, 144), today.HeartRateBpm);
        Assert.NotNull(today.PaceSecondsPerKm);
        Assert.True(today.PaceSecondsPerKm!.Value.Low < today.PaceSecondsPerKm.Value.High);
        Assert.Equal("fixed-periodisation", recommendation.Planner);
        Assert.Contains("acute:chronic", today.Reason, StringComparison.Ordinal);
        Assert.Contains("inside your normal band", today.Reason, StringComparison.Ordinal);
        Assert.Equal(SessionIntensity.Rest, recommendation.Week[6].Intensity);
        Assert.Equal(7, recommendation.Forecast.Count);
    }

    [Fact]
    public void CoachSessions_AlwaysWin()
    {
        var coach = new PlannedSession { AthleteId = Id, Date = Today, Intensity = SessionIntensity.Intervals, DurationMinutes = 50, Reason = "Track session with the group." };
        var recommendation = new SessionRecommender(new FixedPeriodisationPlanner()).Recommend(Request(coach: [coach]));
        Assert.True(recommendation.Today.IsCoachOverride);
        Assert.Equal(SessionIntensity.Intervals, recommendation.Today.Intensity);
        Assert.Equal(50, recommendation.Today.DurationMinutes);
        Assert.Equal("Track session with the group.", recommendation.Today.Reason);
        Assert.False(recommendation.Week[1].IsCoachOverride);
    }

    [Fact]
    public void TimeLossInjury_MeansRest()
    {
        var injury = new Injury { Id = InjuryId.New(), AthleteId = Id, OnsetDate = Today.AddDays(-2), BodyPart = "calf", Type = "strain", TimeLossDays = 5 };
        var recommendation = new SessionRecommender(new FixedPeriodisationPlanner()).Recommend(Request(injuries: [injury]));
        Assert.Equal(SessionIntensity.Rest, recommendation.Today.Intensity);
        Assert.Contains("calf strain", recommendation.Today.Reason, StringComparison.Ordinal);
        Assert.Equal(SessionIntensity.Rest, recommendation.Week[2].Intensity); // day 3 of 5 out
        Assert.NotEqual(SessionIntensity.Rest, recommendation.Week[3].Intensity); // back on day 5 after onset (Thursday)
        Assert.Same(injury, recommendation.State.ActiveInjury);
    }

    [Fact]
    public void RampLimit_CapsAnAggressivePlanner()
    {
        var recommendation = new SessionRecommender(new GreedyPlanner()).Recommend(Request());
        var today = recommendation.Today;
        var lastSix = Enumerable.Range(1, 6).Sum(k => k % 7 == 1 ? 0 : 80.0);
        var previousWeek = Enumerable.Range(7, 7).Sum(k => k % 7 == 1 ? 0 : 80.0);
        // The week (today included) may exceed the larger of the previous week and 7 × chronic by at most 10 %.
        Assert.True(lastSix + today.PlannedLoad <= (1.1 * Math.Max(previousWeek, 7 * recommendation.State.ChronicLoad)) + 1, $"planned {today.PlannedLoad}");
        Assert.True(today.Reason.Contains("Capped at", StringComparison.Ordinal), today.Reason);
        Assert.True(today.DurationMinutes < 150);
    }

    [Fact]
    public void LowHrv_TurnsHardSessionsEasy()
    {
        // ln rMSSD 4.2 ± noise for five weeks, then a week at 3.7: the 7-day mean falls below the band.
        var recommendation = new SessionRecommender(new GreedyPlanner()).Recommend(Request(lnRmssd: k => k < 7 ? 3.7 : 4.2 + (0.1 * Math.Sin(k * 1.7))));
        Assert.True(recommendation.State.HrvOutsideBand);
        Assert.Equal(SessionIntensity.Easy, recommendation.Today.Intensity);
        Assert.Contains("HRV is outside its normal band", recommendation.Today.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SevenTrainingDaysInARow_AreNotAllowed()
    {
        var recommendation = new SessionRecommender(new GreedyPlanner()).Recommend(Request(load: _ => 60));
        Assert.Equal(SessionIntensity.Rest, recommendation.Today.Intensity);
        Assert.Contains("training days in a row", recommendation.Today.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_ForecastsTheCoachsIdea()
    {
        var recommender = new SessionRecommender(new FixedPeriodisationPlanner());
        var baseline = recommender.Recommend(Request());
        var hard = SessionPrescription.Session(0.92, 60, QualityMix.FromWeights(0.5, 0.5, 0, 0), 0.5);
        var whatIf = recommender.WhatIf(Request(), [hard, hard, null]);
        Assert.Equal(SessionIntensity.Intervals, whatIf.Week[0].Intensity);
        Assert.StartsWith("What-if session", whatIf.Week[0].Reason, StringComparison.Ordinal);
        Assert.True(whatIf.Forecast[1].Fatigue > baseline.Forecast[1].Fatigue);
        Assert.Equal(baseline.Week[2].Intensity, whatIf.Week[2].Intensity);
    }

    [Fact]
    public void WhatIf_TakesSessionsWrittenAsTypeAndMinutes()
    {
        var recommender = new SessionRecommender(new FixedPeriodisationPlanner());
        var request = Request();
        var baseline = recommender.Recommend(request);
        PlannedSession Written(SessionIntensity type, double minutes) =>
            new() { AthleteId = request.Athlete.Id, Date = request.Today, Intensity = type, DurationMinutes = minutes };
        var whatIf = recommender.WhatIf(request, [Written(SessionIntensity.Rest, 0), Written(SessionIntensity.Easy, 40), null]);
        Assert.Equal((SessionIntensity.Rest, 0.0), (whatIf.Week[0].Intensity, whatIf.Forecast[0].Load));
        Assert.Equal((SessionIntensity.Easy, 40.0, "what-if"), (whatIf.Week[1].Intensity, whatIf.Week[1].DurationMinutes, whatIf.Week[1].Planner));
        Assert.Equal(("fixed-periodisation", baseline.Week[2].Intensity), (whatIf.Week[2].Planner, whatIf.Week[2].Intensity));
    }

    [Fact]
    public void Compare_RunsEveryPlannerOnTheSameRequest()
    {
        var all = SessionRecommender.Compare(Request(), [new FixedPeriodisationPlanner(), new HrvGuidedPlanner(), new LinearProgramPlanner()]);
        Assert.Equal(["fixed-periodisation", "hrv-guided", "linear-program"], all.Select(r => r.Planner));
        Assert.All(all, r => Assert.Equal(7, r.Week.Count));
    }

    [Fact]
    public void SessionTargets_FollowKarvonenAndDaniels()
    {
        Assert.Equal((141, 155), SessionTargets.HeartRateRange(0.7, 50, 190));
        // VO2max 50, 83 % of reserve → VO2 = 3.5 + 0.83 · 46.5 = 42.095; Daniels' v = 226.84 m/min → 264.5 s/km.
        var (fast, slow) = SessionTargets.PaceRange(0.88, 50);
        Assert.Equal(265, slow);
        Assert.True(fast < slow);
        Assert.Equal(SessionIntensity.Intervals, SessionTargets.Classify(SessionPrescription.Session(0.92, 40, QualityMix.FromWeights(0.5, 0.5, 0, 0), 0.5), 0.8));
        Assert.Equal(SessionIntensity.Strength, SessionTargets.Classify(SessionPrescription.Session(0.6, 40, QualityMix.FromWeights(0, 0, 1, 0), 0.6), 0.8));
    }

    /// <summary>Always asks for 180 minutes of intervals.</summary>
    private sealed class GreedyPlanner : ITrainingPlanner
    {
        public string Name => "greedy";

        public void BeginEpisode(EpisodeContext context)
        {
        }

        public void Act(int day, int slot, ReadOnlySpan<double> observation, Span<double> action) =>
            ActionCodec.Encode(SessionPrescription.Session(0.92, 180, QualityMix.FromWeights(0.5, 0.5, 0, 0), 0.5), 180, action);
    }
}
