using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Baseline-B: one open-loop plan per sport found by a genetic algorithm (<see cref="GeneticAlgorithmOptions"/>).
/// A genome is a weekly microcycle — for each of 7 days: intensity, load (0–2× the athlete's habitual daily load),
/// interval structure, three mix logits and venue, in the action encoding's [−1, 1] scale — plus a weekly
/// progression and a final-week taper gene (51 genes). Loads are relative to the athlete's habitual load, so one
/// plan fits athletes of different levels. The plan does not look at the athlete's state.
/// </summary>
public sealed class GeneticAlgorithmPlanner : DailyPlanner
{
    private const int GenesPerDay = 7;
    private const int GenomeLength = (7 * GenesPerDay) + 2;

    private readonly Dictionary<Sport, double[]> _genomes;

    private GeneticAlgorithmPlanner(Dictionary<Sport, double[]> genomes, IReadOnlyDictionary<Sport, IReadOnlyList<double>> history)
    {
        _genomes = genomes;
        BestFitnessHistory = history;
    }

    public override string Name => "genetic-algorithm";

    /// <summary>Best fitness (mean episode reward) after each generation, per sport.</summary>
    public IReadOnlyDictionary<Sport, IReadOnlyList<double>> BestFitnessHistory { get; }

    /// <summary>Mean over sports of the generation at which the best fitness converged (<see cref="Convergence.Round"/>).</summary>
    public double? ConvergenceRound
    {
        get
        {
            var rounds = BestFitnessHistory.Values.Select(h => Convergence.Round(h)).Where(r => r is not null).Select(r => (double)r!.Value).ToArray();
            return rounds.Length == 0 ? null : rounds.Average();
        }
    }

    /// <summary>Evolves one plan per sport of <paramref name="population"/> on training athletes drawn from it.</summary>
    public static GeneticAlgorithmPlanner Optimize(PopulationSpec population, EnvironmentOptions environment, GeneticAlgorithmOptions? options = null,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(environment);
        options ??= new GeneticAlgorithmOptions();
        options.Validate();
        var evaluation = environment with { Mode = DecisionMode.Daily };
        var master = new Rng(options.Seed);
        var genomes = new Dictionary<Sport, double[]>();
        var history = new Dictionary<Sport, IReadOnlyList<double>>();
        foreach (var sport in population.Strata.Select(s => SportModel.Canonical(s.Sport)).Distinct().Order())
        {
            var strata = population.Strata.Where(s => SportModel.Canonical(s.Sport) == sport).ToArray();
            var sportPopulation = population with { Strata = strata };
            var rng = master.Fork((ulong)sport + 1);
            var athletes = Enumerable.Range(0, options.TrainingAthletes).Select(_ => AthleteSampler.Sample(sportPopulation, rng)).ToArray();
            var seeds = Enumerable.Range(0, options.TrainingAthletes).Select(_ => rng.NextUInt64()).ToArray();
            var (best, curve) = Evolve(athletes, seeds, evaluation, options, rng.Fork(7), cancellationToken);
            genomes[sport] = best;
            history[sport] = curve;
            progress?.Report($"genetic algorithm: {PopulationStratum.SportName(sport)} best reward {curve[^1]:0.##} after {curve.Count} generations");
        }

        return new GeneticAlgorithmPlanner(genomes, history);
    }

    protected override SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation)
    {
        var athlete = Context.Athlete;
        var genome = _genomes.TryGetValue(SportModel.Canonical(athlete.Sport), out var g) ? g : _genomes.Values.First();
        return Decode(genome, day, Context.Options.HorizonDays, athlete);
    }

    /// <summary>The session a genome prescribes on <paramref name="day"/> for <paramref name="athlete"/>.</summary>
    internal static SessionPrescription Decode(ReadOnlySpan<double> genome, int day, int horizonDays, AthleteSnapshot athlete)
    {
        var genes = genome.Slice((day % 7) * GenesPerDay, GenesPerDay);
        Span<double> action = stackalloc double[ActionCodec.Dimension];
        action[ActionCodec.Intensity] = genes[0];
        action[ActionCodec.Volume] = 1;
        action[ActionCodec.Structure] = genes[2];
        action[ActionCodec.AerobicLogit] = genes[3];
        action[ActionCodec.AnaerobicLogit] = genes[4];
        action[ActionCodec.StrengthLogit] = genes[5];
        action[ActionCodec.Rest] = -1;
        action[ActionCodec.Venue] = genes[6];
        var session = ActionCodec.Decode(action, 1);
        var week = day / 7;
        var progression = Math.Pow(1 + (0.1 * genome[^2]), week);
        var taper = day >= horizonDays - 7 ? (genome[^1] + 1) / 2 : 1;
        var load = (Math.Clamp(genes[1], -1, 1) + 1) * athlete.HabitualDailyLoad * 7 / 6 * progression * taper;
        var perMinute = SessionTemplates.LoadPerMinute(session, athlete.Sex);
        var minutes = perMinute > 0 ? Math.Min(WeeklyPlan.MaxSessionMinutes, load / perMinute) : 0;
        return minutes < 10 ? SessionPrescription.RestDay : session with { DurationMinutes = minutes };
    }

    private static (double[] Best, List<double> Curve) Evolve(AthleteProfile[] athletes, ulong[] seeds, EnvironmentOptions environment,
        GeneticAlgorithmOptions options, Rng rng, CancellationToken cancellationToken)
    {
        var size = options.PopulationSize;
        var population = new double[size][];
        for (var i = 0; i < size; i++)
        {
            population[i] = new double[GenomeLength];
            for (var j = 0; j < GenomeLength; j++) population[i][j] = (2 * rng.NextDouble()) - 1;
        }

        var fitness = new double[size];
        var curve = new List<double>();
        double[] best = population[0];
        var bestFitness = double.NegativeInfinity;
        for (var generation = 0; generation < options.Generations; generation++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = population;
            Parallel.For(0, size, options.ParallelOptions(), i => fitness[i] = Score(current[i], athletes, seeds, environment));
            for (var i = 0; i < size; i++)
            {
                if (fitness[i] > bestFitness)
                {
                    bestFitness = fitness[i];
                    best = (double[])population[i].Clone();
                }
            }

            curve.Add(bestFitness);
            var order = Enumerable.Range(0, size).OrderByDescending(i => fitness[i]).ThenBy(i => i).ToArray();
            var next = new double[size][];
            for (var e = 0; e < options.Elites; e++) next[e] = (double[])population[order[e]].Clone();
            for (var i = options.Elites; i < size; i++)
            {
                var a = population[Tournament(fitness, options.TournamentSize, rng)];
                var b = population[Tournament(fitness, options.TournamentSize, rng)];
                var child = new double[GenomeLength];
                for (var j = 0; j < GenomeLength; j++)
                {
                    var low = Math.Min(a[j], b[j]);
                    var high = Math.Max(a[j], b[j]);
                    var spread = options.CrossoverAlpha * (high - low);
                    var gene = low - spread + (rng.NextDouble() * (high - low + (2 * spread)));
                    if (rng.NextDouble() < options.MutationRate) gene += options.MutationSd * rng.NextGaussian();
                    child[j] = Math.Clamp(gene, -1, 1);
                }

                next[i] = child;
            }

            population = next;
        }

        return (best, curve);
    }

    private static int Tournament(double[] fitness, int size, Rng rng)
    {
        var best = rng.NextInt(fitness.Length);
        for (var k = 1; k < size; k++)
        {
            var candidate = rng.NextInt(fitness.Length);
            if (fitness[candidate] > fitness[best]) best = candidate;
        }

        return best;
    }

    /// <summary>Mean episode reward of the plan over the training athletes (daily decisions).</summary>
    private static double Score(double[] genome, AthleteProfile[] athletes, ulong[] seeds, EnvironmentOptions environment)
    {
        var total = 0.0;
        var observation = new double[ObservationLayout.Dimension];
        var action = new double[ActionCodec.Dimension];
        for (var k = 0; k < athletes.Length; k++)
        {
            var env = TrainingEnvironment.ForAthlete(athletes[k], environment);
            env.Reset(seeds[k], observation);
            var snapshot = env.Context.Athlete;
            while (!env.Done)
            {
                var session = Decode(genome, env.Day, environment.HorizonDays, snapshot);
                ActionCodec.Encode(session, environment.MaxSessionMinutes, action);
                total += env.Step(action, observation).Reward;
            }
        }

        return total / athletes.Length;
    }
}
