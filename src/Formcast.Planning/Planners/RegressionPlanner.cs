using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// The reference study's SVR-driven planner: a regressor learns, from simulated histories under exploratory plans,
/// the outcome of a day's session — the discounted reward of that day and the next
/// <see cref="RegressionPlannerOptions.TargetDays"/> − 1 days — from the morning observation and the session's
/// features; each morning it scores every candidate session (six templates × three loads × two venues, and rest)
/// and runs the best. Built against <see cref="ILearner{TModel}"/> of <see cref="IRegressor"/>, so any regressor
/// (ε-SVR with an RBF kernel in the study) plugs in. Features are z-scored with the training rows' statistics.
/// </summary>
public sealed class RegressionPlanner : DailyPlanner
{
    private static readonly SessionKind[] Kinds = [SessionKind.Easy, SessionKind.Threshold, SessionKind.Intervals, SessionKind.Strength, SessionKind.Technique, SessionKind.MatchPlay];
    private static readonly double[] LoadFactors = [0.6, 1.0, 1.4];

    /// <summary>Observation (25) + session intensity, hours, work fraction, four mix shares, indoor.</summary>
    public const int FeatureCount = ObservationLayout.Dimension + 8;

    private readonly IRegressor _model;
    private readonly double[] _mean;
    private readonly double[] _scale;

    private RegressionPlanner(IRegressor model, double[] mean, double[] scale, string name, int trainingRows)
    {
        _model = model;
        _mean = mean;
        _scale = scale;
        Name = name;
        TrainingRows = trainingRows;
    }

    public override string Name { get; }

    public int TrainingRows { get; }

    public IRegressor Model => _model;

    /// <summary>Simulates exploratory histories on <paramref name="population"/>, fits <paramref name="learner"/> and
    /// returns the planner.</summary>
    public static RegressionPlanner Train(ILearner<IRegressor> learner, PopulationSpec population, EnvironmentOptions environment,
        RegressionPlannerOptions? options = null, string name = "svr")
    {
        ArgumentNullException.ThrowIfNull(learner);
        var data = SimulateTrainingData(population, environment, options ?? new RegressionPlannerOptions());
        var mean = new double[FeatureCount];
        var scale = new double[FeatureCount];
        var rows = data.Rows;
        for (var j = 0; j < FeatureCount; j++)
        {
            var column = data.Features.Column(j);
            mean[j] = column.Average();
            var sd = Math.Sqrt(column.Sum(v => (v - mean[j]) * (v - mean[j])) / rows);
            scale[j] = sd > 1e-12 ? 1 / sd : 0;
        }

        var standardized = data.Features.Clone();
        for (var r = 0; r < rows; r++)
        {
            var row = standardized.Row(r);
            for (var j = 0; j < FeatureCount; j++) row[j] = (row[j] - mean[j]) * scale[j];
        }

        var model = learner.Fit(new Dataset(standardized, data.Target, data.FeatureNames));
        return new RegressionPlanner(model, mean, scale, name, rows);
    }

    /// <summary>
    /// The training rows: athletes drawn from <paramref name="population"/> follow an exploratory plan (a random
    /// candidate session each day, rest on about one day in seven) in daily mode; each row is the morning
    /// observation plus the session's features, the target the discounted reward over the following days.
    /// </summary>
    public static Dataset SimulateTrainingData(PopulationSpec population, EnvironmentOptions environment, RegressionPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var daily = environment with { Mode = DecisionMode.Daily };
        var rng = new Rng(options.Seed);
        var features = new List<double[]>();
        var targets = new List<double>();
        var groups = new List<int>();
        var observation = new double[ObservationLayout.Dimension];
        var action = new double[ActionCodec.Dimension];
        for (var a = 0; a < options.TrainingAthletes; a++)
        {
            var env = new TrainingEnvironment(daily, population);
            env.Reset(rng.NextUInt64(), observation);
            var candidates = Candidates(env.Context.Athlete);
            var rewards = new List<double>();
            while (!env.Done)
            {
                var session = rng.NextInt(7) == 0 ? SessionPrescription.RestDay : candidates[rng.NextInt(candidates.Length)];
                var row = new double[FeatureCount];
                Featurize(observation, session, row);
                features.Add(row);
                groups.Add(a);
                ActionCodec.Encode(session, daily.MaxSessionMinutes, action);
                rewards.Add(env.Step(action, observation).Reward);
            }

            for (var t = 0; t < rewards.Count; t++)
            {
                var sum = 0.0;
                var discount = 1.0;
                for (var k = t; k < Math.Min(rewards.Count, t + options.TargetDays); k++)
                {
                    sum += discount * rewards[k];
                    discount *= options.TargetDiscount;
                }

                targets.Add(sum);
            }

        }

        var names = ObservationLayout.Names.Concat(["session_intensity", "session_hours", "session_work_fraction", "mix_aerobic", "mix_anaerobic", "mix_strength", "mix_neuromuscular", "session_indoor"]).ToArray();
        return new Dataset(Matrix.FromRows(features), [.. targets], names, [.. groups]);
    }

    protected override SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation)
    {
        var candidates = Candidates(Context.Athlete);
        Span<double> row = stackalloc double[FeatureCount];
        var best = SessionPrescription.RestDay;
        var bestScore = Score(observation, best, row);
        foreach (var candidate in candidates)
        {
            var score = Score(observation, candidate, row);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    private double Score(ReadOnlySpan<double> observation, in SessionPrescription session, Span<double> row)
    {
        Featurize(observation, session, row);
        for (var j = 0; j < FeatureCount; j++) row[j] = (row[j] - _mean[j]) * _scale[j];
        return _model.Predict(row);
    }

    private static void Featurize(ReadOnlySpan<double> observation, in SessionPrescription session, Span<double> row)
    {
        observation.CopyTo(row);
        var o = ObservationLayout.Dimension;
        var rest = session.IsRest;
        row[o] = rest ? 0 : session.Intensity;
        row[o + 1] = rest ? 0 : session.DurationMinutes / 60;
        row[o + 2] = rest ? 1 : session.WorkFraction;
        for (var q = 0; q < TrainingQualities.Count; q++) row[o + 3 + q] = rest ? 0 : session.Mix[q];
        row[o + 7] = !rest && session.Indoor ? 1 : 0;
    }

    /// <summary>The candidate sessions for an athlete: templates at 0.6, 1 and 1.4 × the habitual daily load, indoors and out.</summary>
    private static SessionPrescription[] Candidates(AthleteSnapshot athlete)
    {
        var list = new List<SessionPrescription>();
        foreach (var kind in Kinds)
        {
            foreach (var factor in LoadFactors)
            {
                foreach (var indoor in (ReadOnlySpan<bool>)[true, false])
                {
                    var unit = SessionTemplates.Create(kind, 1, athlete.ThresholdReserveFraction, indoor);
                    var minutes = Math.Min(WeeklyPlan.MaxSessionMinutes, factor * athlete.HabitualDailyLoad * 7 / 6 / SessionTemplates.LoadPerMinute(unit, athlete.Sex));
                    list.Add(unit with { DurationMinutes = Math.Max(15, minutes) });
                }
            }
        }

        return [.. list];
    }
}
