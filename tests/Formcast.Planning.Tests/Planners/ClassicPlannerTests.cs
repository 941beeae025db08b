using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning.Tests.Planners;

public sealed class ClassicPlannerTests
{
    private static readonly EnvironmentOptions Daily = new() { Mode = DecisionMode.Daily };

    private static (TrainingEnvironment Env, double[] Observation) Start(AthleteProfile athlete, EnvironmentOptions? options = null)
    {
        var env = TrainingEnvironment.ForAthlete(athlete, options ?? Daily);
        var observation = env.Reset(11);
        return (env, observation);
    }

    private static AthleteProfile Runner() => AthleteSampler.Sample(new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Trained), Sex.Female, 22, null);

    [Fact]
    public void PeriodisationFactor_Is3To1WithAFinalTaper()
    {
        Assert.Equal(1.0, WeeklyPlan.PeriodisationFactor(0, 60), 12);
        Assert.Equal(1.08, WeeklyPlan.PeriodisationFactor(7, 60), 12);
        Assert.Equal(1.16, WeeklyPlan.PeriodisationFactor(20, 60), 12);
        Assert.Equal(0.75, WeeklyPlan.PeriodisationFactor(21, 60), 12);
        Assert.Equal(1.04, WeeklyPlan.PeriodisationFactor(28, 60), 12);
        Assert.Equal(0.6, WeeklyPlan.PeriodisationFactor(53, 60), 12);
    }

    [Fact]
    public void FixedPlan_FollowsTheSportsWeekAtTheTargetLoad()
    {
        var (env, observation) = Start(Runner());
        var planner = new FixedPeriodisationPlanner();
        planner.BeginEpisode(env.Context);
        var action = new double[8];
        var load = 0.0;
        var kinds = new List<SessionPrescription>();
        for (var day = 0; day < 7; day++)
        {
            planner.Act(day, 0, observation, action);
            var session = ActionCodec.Decode(action, Daily.MaxSessionMinutes);
            kinds.Add(session);
            load += session.IsRest ? 0 : session.DurationMinutes * SessionTemplates.LoadPerMinute(session, Sex.Female);
        }

        var habitual = env.Context.Athlete.HabitualDailyLoad;
        Assert.Equal(habitual * 7 * 1.1, load, habitual * 7 * 0.02);
        Assert.True(kinds[6].IsRest);
        Assert.Equal(0.92, kinds[1].Intensity, 9); // Tuesday intervals in the distance runner's week
        Assert.True(kinds[5].DurationMinutes > kinds[0].DurationMinutes); // Saturday long run
    }

    [Fact]
    public void DailyPlanner_InSlotMode_RunsTheSessionFromTheStartSlot()
    {
        var slots = new EnvironmentOptions();
        var (env, observation) = Start(Runner(), slots);
        var planner = new FixedPeriodisationPlanner();
        planner.BeginEpisode(env.Context);
        var action = new double[8];
        var minutes = new double[30];
        for (var slot = 0; slot < 30; slot++)
        {
            planner.Act(0, slot, observation, action);
            var s = ActionCodec.Decode(action, 20);
            minutes[slot] = s.IsRest ? 0 : s.DurationMinutes;
        }

        planner.Act(0, 0, observation, action);
        Assert.All(minutes.Take(slots.DailySessionStartSlot), m => Assert.Equal(0, m));
        Assert.Equal(20, minutes[slots.DailySessionStartSlot], 9);
        var dailyPlanner = new FixedPeriodisationPlanner();
        dailyPlanner.BeginEpisode(env.Context with { Options = Daily });
        dailyPlanner.Act(0, 0, observation, action);
        Assert.Equal(ActionCodec.Decode(action, Daily.MaxSessionMinutes).DurationMinutes, minutes.Sum(), 6);
    }

    [Fact]
    public void HrvGuidedPlanner_TurnsHardDaysEasyOutsideTheBand()
    {
        var (env, observation) = Start(Runner());
        var hrv = new HrvGuidedPlanner();
        var fixedPlan = new FixedPeriodisationPlanner();
        hrv.BeginEpisode(env.Context);
        fixedPlan.BeginEpisode(env.Context);
        var history = env.Context.Athlete.HistoryLnRmssd;
        var mean = history.Average();
        var a = new double[8];
        var b = new double[8];

        observation[ObservationLayout.LnRmssd7DayMean] = mean;
        Assert.True(hrv.InNormalBand(mean));
        hrv.Act(1, 0, observation, a);
        fixedPlan.Act(1, 0, observation, b);
        Assert.Equal(b, a); // inside the band: Tuesday's intervals stay

        var low = mean - 1.0;
        Assert.False(hrv.InNormalBand(low));
        observation[ObservationLayout.LnRmssd7DayMean] = low;
        hrv.Act(3, 0, observation, a);
        fixedPlan.Act(3, 0, observation, b);
        var planned = ActionCodec.Decode(b, 180);
        var guided = ActionCodec.Decode(a, 180);
        Assert.True(planned.Intensity > 0.7);
        Assert.Equal(0.62, guided.Intensity, 9);
        Assert.Equal(planned.DurationMinutes, guided.DurationMinutes, 6);
        Assert.Equal(1, hrv.Downgrades);
    }

    [Fact]
    public void LinearProgramPlanner_RespectsItsConstraints()
    {
        foreach (var stratum in PopulationSpec.University.Strata)
        {
            var athlete = AthleteSampler.Sample(stratum, Sex.Male, 21, null);
            var (env, observation) = Start(athlete);
            var planner = new LinearProgramPlanner();
            planner.BeginEpisode(env.Context);
            var action = new double[8];
            var load = 0.0;
            double minutes = 0, hardMinutes = 0;
            for (var day = 0; day < 7; day++)
            {
                planner.Act(day, 0, observation, action);
                var s = ActionCodec.Decode(action, Daily.MaxSessionMinutes);
                if (day == 0) Assert.Equal(LinearProgramStatus.Optimal, planner.LastStatus);
                if (s.IsRest) continue;
                load += s.DurationMinutes * SessionTemplates.LoadPerMinute(s, Sex.Male);
                minutes += s.DurationMinutes;
                if (s.Intensity >= env.Context.Athlete.ThresholdReserveFraction - 0.01) hardMinutes += s.DurationMinutes; // threshold and above
            }

            var chronic = observation[ObservationLayout.ChronicLoad];
            Assert.True(load <= (1.1 * 7 * chronic) + 1e-6, $"{stratum}: weekly load {load} above the ramp cap {1.1 * 7 * chronic}");
            Assert.True(hardMinutes <= (0.2 * minutes) + 1e-6, $"{stratum}: hard {hardMinutes} of {minutes} min");
            Assert.True(minutes > 0, $"{stratum}: empty week");
        }
    }

    [Fact]
    public void GeneticAlgorithm_KeepsItsBestAndIsDeterministic()
    {
        var population = PopulationSpec.University with { Strata = [new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Trained)] };
        var options = new GeneticAlgorithmOptions { PopulationSize = 8, Generations = 6, TrainingAthletes = 2, Seed = 3 };
        var a = GeneticAlgorithmPlanner.Optimize(population, Daily, options);
        var b = GeneticAlgorithmPlanner.Optimize(population, Daily, options with { MaxDegreeOfParallelism = 1 });
        var curve = a.BestFitnessHistory[Sport.DistanceRunning];
        Assert.Equal(6, curve.Count);
        for (var g = 1; g < curve.Count; g++) Assert.True(curve[g] >= curve[g - 1]);
        Assert.Equal(curve, b.BestFitnessHistory[Sport.DistanceRunning]);
    }

    [Fact]
    public void RegressionPlanner_PicksTheSessionItsModelScoresHighest()
    {
        var population = PopulationSpec.University;
        var options = new RegressionPlannerOptions { TrainingAthletes = 2, Seed = 4 };
        // A learner whose model scores a row by its session-intensity feature: the planner must pick the hardest session.
        var planner = RegressionPlanner.Train(new FeatureLearner(ObservationLayout.Dimension, +1), population, Daily, options, "intensity-lover");
        var (env, observation) = Start(Runner());
        planner.BeginEpisode(env.Context);
        var action = new double[8];
        planner.Act(0, 0, observation, action);
        Assert.Equal(0.92, ActionCodec.Decode(action, 180).Intensity, 9);
        // Scoring by minus the session-hours feature: rest wins.
        var restful = RegressionPlanner.Train(new FeatureLearner(ObservationLayout.Dimension + 1, -1), population, Daily, options, "rest-lover");
        restful.BeginEpisode(env.Context);
        restful.Act(0, 0, observation, action);
        Assert.True(ActionCodec.Decode(action, 180).IsRest);
        Assert.Equal(120, planner.TrainingRows);
    }

    [Fact]
    public void RegressionPlanner_TrainsWithARealRegressor()
    {
        var data = RegressionPlanner.SimulateTrainingData(PopulationSpec.University, Daily, new RegressionPlannerOptions { TrainingAthletes = 3, Seed = 9 });
        Assert.Equal(180, data.Rows);
        Assert.Equal(RegressionPlanner.FeatureCount, data.Columns);
        Assert.Equal(3, data.Groups!.Distinct().Count());
        var planner = RegressionPlanner.Train(new Formcast.Learning.Baselines.KNearestNeighborsRegressor(), PopulationSpec.University, Daily,
            new RegressionPlannerOptions { TrainingAthletes = 3, Seed = 9 }, "knn");
        var episode = PlannerEpisode.Run(planner, Runner(), Daily, 5);
        Assert.Equal(60, episode.Summary.Days);
    }

    /// <summary>A test learner whose model returns sign × one (standardised) feature.</summary>
    private sealed class FeatureLearner(int feature, double sign) : ILearner<IRegressor>
    {
        public IRegressor Fit(Dataset data) => new FeatureModel(feature, sign, data.Columns);
    }

    private sealed class FeatureModel(int feature, double sign, int count) : IRegressor
    {
        public string Kind => "test-feature";

        public int FeatureCount => count;

        public double Predict(ReadOnlySpan<double> features) => sign * features[feature];

        public void WritePayload(ModelWriter writer) => writer.WriteInt32(feature);
    }
}
