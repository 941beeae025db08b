using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// The protocol of <see cref="PlanComparison"/>. Defaults: decisions once a day (the study's slot configuration is
/// an extra PPO row), five seeds, training on the university cohort, two held-out athletes per stratum × sex,
/// PPO in the study's configuration (50,000 steps) plus a longer run, transfer to the youth, professional, retired
/// and general populations, and fine-tuning on a published twin.
/// </summary>
public sealed record PlanComparisonOptions
{
    public int Seeds { get; init; } = 5;

    public ulong BaseSeed { get; init; } = 2025;

    public EnvironmentOptions Environment { get; init; } = new() { Mode = DecisionMode.Daily };

    public PopulationSpec TrainingPopulation { get; init; } = PopulationSpec.University;

    public int HeldOutPerCell { get; init; } = 2;

    public IReadOnlyList<PopulationSpec> TransferPopulations { get; init; } =
        [PopulationSpec.Youth, PopulationSpec.Professional, PopulationSpec.Retired, PopulationSpec.General];

    public int TransferPerCell { get; init; } = 1;

    public PpoOptions Ppo { get; init; } = new();

    /// <summary>Also train and evaluate PPO with one decision per 20-minute slot (the study's 1800-step episodes).</summary>
    public bool PpoStudySlots { get; init; } = true;

    /// <summary>Interaction steps of an extra PPO row (null to skip).</summary>
    public int? PpoExtendedSteps { get; init; } = 300_000;

    public GeneticAlgorithmOptions GeneticAlgorithm { get; init; } = new();

    public RegressionPlannerOptions Regression { get; init; } = new();

    /// <summary>Makes the regression planner's learner (ε-SVR in the study); null skips that planner.</summary>
    public Func<ILearner<IRegressor>>? RegressionLearner { get; init; }

    /// <summary>Name of the regression planner in the report (e.g. "svr").</summary>
    public string RegressionName { get; init; } = "svr";

    /// <summary>Description of the regression learner for the protocol (e.g. "ε-SVR, RBF, C = 10").</summary>
    public string RegressionDescription { get; init; } = "";

    public FineTuningOptions? FineTuning { get; init; } = new();

    public void Validate()
    {
        OptionCheck.Positive(Seeds, nameof(Seeds));
        OptionCheck.Positive(HeldOutPerCell, nameof(HeldOutPerCell));
        OptionCheck.Positive(TransferPerCell, nameof(TransferPerCell));
        ArgumentNullException.ThrowIfNull(Environment);
        ArgumentNullException.ThrowIfNull(TrainingPopulation);
        Environment.Validate();
        Ppo.Validate();
        GeneticAlgorithm.Validate();
        Regression.Validate();
        FineTuning?.Validate();
        if (PpoExtendedSteps is { } steps) OptionCheck.Positive(steps, nameof(PpoExtendedSteps));
    }
}
