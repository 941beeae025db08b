namespace Formcast.Storage;

/// <summary>
/// A trained model registered in the store: what it is, when it was trained, on exactly which data (SHA-256 of the
/// training table), under which evaluation protocol, with which metrics, the model file itself and a JSON document of
/// everything else the model needs or was judged by (input preparation, feature baselines for drift). Registering the
/// same <see cref="Id"/> again replaces the record; different ids under one <see cref="Name"/> form its history.
/// </summary>
public sealed record ModelRecord
{
    public required string Id { get; init; }

    /// <summary>What the model predicts, e.g. "pmdata-injury"; the history of a name is its accuracy over time.</summary>
    public required string Name { get; init; }

    /// <summary>The kind written in the model file (e.g. "calibrated-classifier").</summary>
    public required string Kind { get; init; }

    public required DateTimeOffset TrainedUtc { get; init; }

    public required string DataSha256 { get; init; }

    public required string Protocol { get; init; }

    /// <summary>Metric name to value, as measured under <see cref="Protocol"/>.</summary>
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }

    /// <summary>Further metadata as a JSON document (not interpreted by the store).</summary>
    public string DetailsJson { get; init; } = "{}";

    /// <summary>The model file's bytes; empty when a listing left them out.</summary>
    public byte[] ModelFile { get; init; } = [];
}
