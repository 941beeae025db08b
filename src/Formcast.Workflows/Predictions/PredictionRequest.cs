namespace Formcast.Workflows.Predictions;

/// <summary>What <c>formcast evaluate</c> asks for: a dataset, a task, where the files are, and the run's settings.</summary>
public sealed record PredictionRequest
{
    public required PredictionDataset Dataset { get; init; }

    public required PredictionTask Task { get; init; }

    /// <summary>The dataset's folder or file in its original layout; null to look for it in the shared corpus.</summary>
    public string? DataPath { get; init; }

    /// <summary>A second file or folder of the same layout: train on <see cref="DataPath"/>, score on this one.</summary>
    public string? TestPath { get; init; }

    /// <summary>A datasets folder to try first when <see cref="DataPath"/> is not given.</summary>
    public string? DatasetsFolder { get; init; }

    /// <summary>Directories whose ancestors may hold <c>shared/corpus/datasets</c>.</summary>
    public IReadOnlyList<string> SearchDirectories { get; init; } = [];

    public ulong Seed { get; init; } = 42;

    public int Folds { get; init; } = 5;

    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Small configurations (fewer resamples and models) for quick checks and tests.</summary>
    public bool Quick { get; init; }

    /// <summary>Folder of the model registry; null registers nothing.</summary>
    public string? RegistryFolder { get; init; }

    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Clock stamping registered models.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
