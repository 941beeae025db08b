namespace Formcast.Workflows.Learning;

/// <summary>One fold: its size and every metric on its test rows (NaN when undefined there).</summary>
public sealed record FoldSummary(int Fold, int TrainRows, int TestRows, int TestGroups, IReadOnlyList<KeyValuePair<string, double>> Scores);
