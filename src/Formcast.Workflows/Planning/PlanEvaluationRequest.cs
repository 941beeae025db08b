namespace Formcast.Workflows.Planning;

/// <summary>
/// What <c>formcast plan evaluate</c> runs. The defaults are the reference configuration: five seeds, two held-out
/// athletes per stratum × sex of the university population, PPO with the study's 50,000 steps both once a day and in
/// the study's 20-minute slots, transfer to the youth, professional, retired and general populations, and fine-tuning
/// on a published athlete's twin. <see cref="Quick"/> shrinks everything to a smoke run.
/// </summary>
public sealed record PlanEvaluationRequest
{
    public int Seeds { get; init; } = 5;

    /// <summary>Held-out athletes per stratum × sex.</summary>
    public int AthletesPerCell { get; init; } = 2;

    /// <summary>PPO interaction steps per training (the study's 50,000).</summary>
    public int PpoSteps { get; init; } = 50_000;

    /// <summary>Steps of an extra, longer PPO row (null: none).</summary>
    public int? ExtendedPpoSteps { get; init; }

    /// <summary>Also train PPO in the study's 20-minute slots.</summary>
    public bool StudySlots { get; init; } = true;

    /// <summary>Also test transfer to other populations.</summary>
    public bool Transfer { get; init; } = true;

    /// <summary>PPO steps of the fine-tuning on the twin (0: skip fine-tuning).</summary>
    public int FineTuningSteps { get; init; } = 20_480;

    public ulong BaseSeed { get; init; } = 2025;

    /// <summary>A smoke run: fewer generations, one transfer population, short fine-tuning.</summary>
    public bool Quick { get; init; }
}
