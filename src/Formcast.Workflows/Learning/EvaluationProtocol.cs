namespace Formcast.Workflows.Learning;

/// <summary>How the numbers were produced — printed next to them so a run can be repeated.</summary>
public sealed record EvaluationProtocol(
    string Model,
    string ModelDescription,
    string Split,
    int Folds,
    ulong Seed,
    int BootstrapResamples,
    double Confidence,
    string Interval,
    string? BootstrapClusters);
