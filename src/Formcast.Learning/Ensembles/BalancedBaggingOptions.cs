namespace Formcast.Learning;

/// <summary>Options of <see cref="BalancedBaggingClassifier"/>.</summary>
public sealed record BalancedBaggingOptions : LearnerOptions
{
    /// <summary>Number of bags (models averaged).</summary>
    public int BagCount { get; init; } = 10;

    /// <summary>Rows per class in each bag; 0 means the size of the smallest class.</summary>
    public int SamplesPerClass { get; init; }

    /// <summary>Draw with replacement (bootstrap, the Lövdal et al. protocol); otherwise a group contributes each of
    /// its rows at most once per bag.</summary>
    public bool WithReplacement { get; init; } = true;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(BagCount, nameof(BagCount));
        OptionCheck.NonNegative(SamplesPerClass, nameof(SamplesPerClass));
    }
}
