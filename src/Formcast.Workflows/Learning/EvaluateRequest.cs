namespace Formcast.Workflows.Learning;

/// <summary>
/// What <c>formcast learn evaluate</c> asks for: a CSV table, the target column, optional group (athlete) and time
/// columns that choose the protocol, a model name from the <see cref="ModelCatalog"/>, folds and seed.
/// </summary>
public sealed record EvaluateRequest
{
    /// <summary>Path of the CSV file (also the name used in diagnostics).</summary>
    public required string CsvPath { get; init; }

    public required string Target { get; init; }

    /// <summary>Column identifying the athlete (or other cluster): group k-fold, cluster bootstrap.</summary>
    public string? Group { get; init; }

    /// <summary>Column with each row's time (number or ISO date): time-forward splits.</summary>
    public string? Time { get; init; }

    public required string Model { get; init; }

    public int Folds { get; init; } = 5;

    public ulong Seed { get; init; } = 42;

    public ModelTask Task { get; init; } = ModelTask.Auto;

    public MissingValuePolicy Missing { get; init; } = MissingValuePolicy.Error;

    /// <summary>Label of the positive class for binary metrics (default: the last label in sorted order).</summary>
    public string? PositiveLabel { get; init; }

    public int BootstrapResamples { get; init; } = 1000;

    public double Confidence { get; init; } = 0.95;

    /// <summary>Time-forward only: training rows must end more than this many time units (days for dates) before each
    /// test window, e.g. the horizon of a look-ahead label.</summary>
    public double PurgeGap { get; init; }

    /// <summary>Threads for the learners and the bootstrap; 0 = all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }
}
