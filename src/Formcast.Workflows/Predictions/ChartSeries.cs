namespace Formcast.Workflows.Predictions;

/// <summary>
/// One series: numeric points (<see cref="X"/>, <see cref="Y"/>), or for interval charts one value per category in
/// <see cref="Categories"/> with <see cref="Lower"/> and <see cref="Upper"/> bounds.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    public IReadOnlyList<string>? Categories { get; init; }

    public IReadOnlyList<double>? Lower { get; init; }

    public IReadOnlyList<double>? Upper { get; init; }
}
