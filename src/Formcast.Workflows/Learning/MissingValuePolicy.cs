namespace Formcast.Workflows.Learning;

/// <summary>What the evaluation does with empty or "NA" feature cells.</summary>
public enum MissingValuePolicy
{
    /// <summary>Stop with an error naming the first missing cell (line and column) and how many there are.</summary>
    Error,

    /// <summary>Fill each missing feature value with its column's median over the training rows of each fold (never the
    /// test rows). Missing target, group or time cells are always an error.</summary>
    ImputeMedian,
}
