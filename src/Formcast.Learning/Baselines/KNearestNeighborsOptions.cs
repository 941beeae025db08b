namespace Formcast.Learning.Baselines;

/// <summary>How neighbours' votes are weighted.</summary>
public enum NeighborWeighting
{
    /// <summary>Every neighbour counts the same.</summary>
    Uniform,

    /// <summary>Inverse distance; neighbours at distance 0, when present, take all the weight (scikit-learn's rule).</summary>
    Distance,
}

/// <summary>Options of the k-nearest-neighbours learners.</summary>
public sealed record KNearestNeighborsOptions : LearnerOptions
{
    /// <summary>Number of neighbours k (capped at the number of training rows).</summary>
    public int Neighbors { get; init; } = 5;

    public NeighborWeighting Weighting { get; init; } = NeighborWeighting.Uniform;

    /// <summary>Scale each feature to zero mean and unit variance (training statistics) before measuring distance.
    /// Off by default, as in scikit-learn; turn it on when features have different units.</summary>
    public bool Standardize { get; init; }

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(Neighbors, nameof(Neighbors));
    }
}
