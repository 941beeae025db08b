namespace Formcast.Workflows.Predictions;

/// <summary>
/// The result of one <c>formcast evaluate</c> run: what was read, how it was evaluated, and the sections of results —
/// each with its protocol next to its numbers. <see cref="Numbers"/> repeats every headline number in one flat list for
/// machines (JSON).
/// </summary>
public sealed record PredictionReport
{
    public required string Title { get; init; }

    public required PredictionDataset Dataset { get; init; }

    public required PredictionTask Task { get; init; }

    /// <summary>Where the data came from and how much of it there is.</summary>
    public required string DataSummary { get; init; }

    /// <summary>The run's seed, folds and bootstrap settings.</summary>
    public required ReportProtocol Protocol { get; init; }

    public required IReadOnlyList<ReportSection> Sections { get; init; }

    public IReadOnlyList<ReportedNumber> Numbers { get; init; } = [];

    /// <summary>How the files were read (exclusions, conventions), in plain sentences.</summary>
    public IReadOnlyList<string> DataNotes { get; init; } = [];
}
