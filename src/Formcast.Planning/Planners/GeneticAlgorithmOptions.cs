using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Options of the genetic-algorithm planner (the reference study's Baseline-B, "heuristic scheduling based on genetic
/// algorithms"): a real-coded GA (tournament selection, BLX-α crossover of Eshelman &amp; Schaffer 1993, Gaussian
/// mutation, elitism) over open-loop weekly plans, scored by the mean episode reward on training athletes.
/// </summary>
public sealed record GeneticAlgorithmOptions : LearnerOptions
{
    public int PopulationSize { get; init; } = 32;

    /// <summary>Generations ("rounds"); the study capped rounds at 500 and reports convergence at 314.</summary>
    public int Generations { get; init; } = 150;

    public int TournamentSize { get; init; } = 3;

    /// <summary>BLX-α: children are drawn from the parents' interval widened by α on each side.</summary>
    public double CrossoverAlpha { get; init; } = 0.3;

    public double MutationRate { get; init; } = 0.1;

    public double MutationSd { get; init; } = 0.15;

    public int Elites { get; init; } = 2;

    /// <summary>Simulated athletes (per sport) every plan is scored on; the same individuals and seeds every
    /// generation (common random numbers).</summary>
    public int TrainingAthletes { get; init; } = 6;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(PopulationSize, nameof(PopulationSize));
        OptionCheck.Positive(Generations, nameof(Generations));
        OptionCheck.InRange(TournamentSize, 1, PopulationSize, nameof(TournamentSize));
        OptionCheck.NonNegative(CrossoverAlpha, nameof(CrossoverAlpha));
        OptionCheck.InRange(MutationRate, 0, 1, nameof(MutationRate));
        OptionCheck.NonNegative(MutationSd, nameof(MutationSd));
        OptionCheck.InRange(Elites, 0, PopulationSize, nameof(Elites));
        OptionCheck.Positive(TrainingAthletes, nameof(TrainingAthletes));
    }
}
