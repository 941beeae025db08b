namespace Formcast.Learning;

/// <summary>
/// Options of a random forest (Breiman 2001) with scikit-learn's names and defaults: 100 trees, bootstrap samples
/// of n rows, √n features per split for classification and all features for regression
/// (<see cref="TreeGrowthOptions.MaxFeatures"/> left null), trees grown until pure. Each tree draws from its own
/// stream <c>Rng(Seed).Fork(tree)</c>, so the forest is the same for any <see cref="LearnerOptions.MaxDegreeOfParallelism"/>.
/// </summary>
public sealed record RandomForestOptions : TreeGrowthOptions
{
    public int TreeCount { get; init; } = 100;

    /// <summary>Fit each tree on a bootstrap sample (rows drawn with replacement); otherwise on every row.</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Bootstrap sample size as a fraction of the rows, in (0, 1]; null means all n.</summary>
    public double? MaxSamplesFraction { get; init; }

    /// <summary>Score each training row with the trees that did not see it (out-of-bag); needs <see cref="Bootstrap"/>.</summary>
    public bool ComputeOutOfBagScore { get; init; }

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(TreeCount, nameof(TreeCount));
        if (MaxSamplesFraction is { } f)
        {
            if (!(f > 0 && f <= 1)) throw new ArgumentOutOfRangeException(nameof(MaxSamplesFraction), f, $"{nameof(MaxSamplesFraction)} must be in (0, 1]");
            if (!Bootstrap) throw new ArgumentOutOfRangeException(nameof(MaxSamplesFraction), f, $"{nameof(MaxSamplesFraction)} needs {nameof(Bootstrap)}");
        }

        if (ComputeOutOfBagScore && !Bootstrap)
            throw new ArgumentOutOfRangeException(nameof(ComputeOutOfBagScore), true, $"{nameof(ComputeOutOfBagScore)} needs {nameof(Bootstrap)}");
    }
}
