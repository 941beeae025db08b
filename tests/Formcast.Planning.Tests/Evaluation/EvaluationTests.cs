namespace Formcast.Planning.Tests.Evaluation;

public sealed class EvaluationTests
{
    [Fact]
    public void MetricInterval_IsTheStudentTInterval()
    {
        // [1..5]: mean 3, SD 1.581139, t(0.975, 4) = 2.776 → half-width 2.776 · 1.581139 / √5 = 1.962929.
        var interval = MetricInterval.From([1, 2, 3, 4, 5]);
        Assert.Equal(3, interval.Mean, 12);
        Assert.Equal(3 - 1.962929, interval.Low, 5);
        Assert.Equal(3 + 1.962929, interval.High, 5);
        Assert.Equal("3.00 [1.04, 4.96]", interval.Format());
        Assert.True(double.IsNaN(MetricInterval.From([2.0]).Low));
        Assert.Equal("—", MetricInterval.From([]).Format());
    }

    [Fact]
    public void Convergence_IsTheFirstRoundCovering95PercentOfTheImprovement()
    {
        // Window 1: from 0 to the best 10, the first value ≥ 9.5 is round 4.
        Assert.Equal(4, Convergence.Round([0, 5, 9, 9.6, 10, 10], 0.95, 1));
        Assert.Null(Convergence.Round([3, 2, 1], 0.95, 1));
        Assert.Null(Convergence.Round([]));
    }

    [Fact]
    public void HeldOutCohort_CoversEveryStratumAndSex()
    {
        var cohort = HeldOutCohort.Draw(PopulationSpec.University, 2, 7);
        Assert.Equal(PopulationSpec.University.Strata.Count * 2 * 2, cohort.Count);
        foreach (var stratum in PopulationSpec.University.Strata)
            Assert.Equal(4, cohort.Count(a => a.Sport == stratum.Sport && a.Level == stratum.Level));
        Assert.Equal(cohort.Select(a => a.RestingHeartRateBpm), HeldOutCohort.Draw(PopulationSpec.University, 2, 7).Select(a => a.RestingHeartRateBpm));
    }

    [Fact]
    public void PlanComparison_RunsTheWholeProtocolAtSmallScale()
    {
        var tiny = new PpoOptions { TotalSteps = 2048, StepsPerBatch = 1024, Epochs = 1, MinibatchesPerEpoch = 4, HiddenSizes = [16] };
        var options = new PlanComparisonOptions
        {
            Seeds = 2,
            HeldOutPerCell = 1,
            TrainingPopulation = PopulationSpec.General,
            TransferPopulations = [PopulationSpec.Retired with { Strata = [PopulationSpec.Retired.Strata[0]] }],
            Ppo = tiny,
            PpoStudySlots = false,
            PpoExtendedSteps = null,
            GeneticAlgorithm = new GeneticAlgorithmOptions { PopulationSize = 4, Generations = 2, TrainingAthletes = 1 },
            RegressionLearner = () => new Formcast.Learning.Baselines.KNearestNeighborsRegressor(),
            RegressionName = "knn",
            Regression = new RegressionPlannerOptions { TrainingAthletes = 2 },
            FineTuning = new FineTuningOptions { Steps = 1024, EvaluationEpisodes = 2 },
        };
        var report = PlanComparison.Run(options);
        Assert.Equal(["fixed-periodisation", "hrv-guided", "linear-program", "genetic-algorithm", "knn", "ppo"], report.Planners.Select(p => p.Planner));
        Assert.All(report.Planners, p => Assert.Equal(2, p.PerformanceGainPercent.Count));
        Assert.Contains(report.Transfer, t => t.Planner == "ppo" && t.TrainedOn == "general" && t.TestedOn == "retired");
        Assert.Contains(report.Transfer, t => t.Planner == "ppo" && t.TrainedOn == "retired");
        Assert.NotNull(report.FineTuning);
        var markdown = report.ToMarkdown();
        Assert.Contains("## Held-out athletes", markdown, StringComparison.Ordinal);
        Assert.Contains("## Per-athlete fine-tuning on a twin", markdown, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.StartsWith("PPO (", StringComparison.Ordinal));
    }
}
