namespace Formcast.Learning.Evaluation;

/// <summary>
/// A cross-validation scheme. Splitting is deterministic: the same splitter (including its seed) and data give the
/// same folds. Splitters that see <see cref="Dataset.Groups"/> never put one group on both sides of a fold; those
/// that ignore groups are rejected by <see cref="CrossValidation"/> when the data has groups.
/// </summary>
public interface ISplitter
{
    /// <summary>The folds for <paramref name="data"/>. Throws <see cref="ArgumentException"/> when the data cannot
    /// be split this way (too few rows, groups or class members), saying why.</summary>
    IReadOnlyList<Fold> Split(Dataset data);

    /// <summary>One line for reports, e.g. "stratified 5-fold, shuffled with seed 42".</summary>
    string Describe();
}
