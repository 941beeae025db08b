namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// One registered model: what it is, when it was trained, on exactly which data (SHA-256 of the training set), under
/// which protocol its metrics were measured, the metrics, the model file and its hash, the input preparation (medians,
/// means and scales the model expects its inputs prepared with) and the training distribution of every feature.
/// </summary>
internal sealed record ModelRegistration
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Model kind in the file (e.g. "calibrated-classifier") and the family chosen.</summary>
    public required string Kind { get; init; }

    public required string Family { get; init; }

    public required DateTimeOffset TrainedUtc { get; init; }

    public required string DataSha256 { get; init; }

    public required int Rows { get; init; }

    public required IReadOnlyList<string> Features { get; init; }

    public required string Protocol { get; init; }

    public required IReadOnlyList<RegisteredMetric> Metrics { get; init; }

    /// <summary>Model file path relative to the registry folder.</summary>
    public required string ModelFile { get; init; }

    public required string ModelSha256 { get; init; }

    public IReadOnlyList<double> InputMedians { get; init; } = [];

    public IReadOnlyList<double> InputMeans { get; init; } = [];

    public IReadOnlyList<double> InputScales { get; init; } = [];

    public IReadOnlyList<FeatureBaseline> FeatureBaselines { get; init; } = [];
}
