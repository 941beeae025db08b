namespace Formcast.Learning;

/// <summary>Score drops when each feature is shuffled: per feature the mean and (population) standard deviation over
/// repeats, and every drop (<c>Drops[feature][repeat]</c>).</summary>
public sealed record PermutationImportanceResult(
    double BaselineScore,
    IReadOnlyList<string> Features,
    double[] Mean,
    double[] StandardDeviation,
    double[][] Drops);
