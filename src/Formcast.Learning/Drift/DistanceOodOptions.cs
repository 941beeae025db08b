namespace Formcast.Learning.Drift;

/// <summary>Options of <see cref="DistanceOodDetector"/>.</summary>
public sealed record DistanceOodOptions : LearnerOptions
{
    /// <summary>The score is the distance to the k-th nearest training row.</summary>
    public int Neighbors { get; init; } = 5;

    /// <summary>A row is out of distribution when its score exceeds this percentile of the training rows' own
    /// (leave-one-out) scores: 95 flags about 5 % of rows like the training data.</summary>
    public double ThresholdPercentile { get; init; } = 95;

    /// <summary>Measure distance on features scaled to zero mean and unit variance (training statistics), so no unit
    /// dominates. Keep on unless the features share one unit.</summary>
    public bool Standardize { get; init; } = true;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(Neighbors, nameof(Neighbors));
        OptionCheck.InRange(ThresholdPercentile, 0, 100, nameof(ThresholdPercentile));
    }
}
