namespace Formcast.Learning.Decomposition;

/// <summary>Options of <see cref="PrincipalComponentAnalysis"/>; scikit-learn's <c>PCA(svd_solver="full")</c>.</summary>
public sealed record PcaOptions : LearnerOptions
{
    /// <summary>Components to keep; 0 keeps min(n, p) (or as many as <see cref="VarianceToKeep"/> needs).</summary>
    public int Components { get; init; }

    /// <summary>When in (0, 1): keep the fewest components whose explained variance ratios sum past this fraction
    /// (scikit-learn's float <c>n_components</c>). 0 disables.</summary>
    public double VarianceToKeep { get; init; }

    /// <summary>Scale projections to unit variance.</summary>
    public bool Whiten { get; init; }

    public override void Validate()
    {
        base.Validate();
        OptionCheck.NonNegative(Components, nameof(Components));
        OptionCheck.InRange(VarianceToKeep, 0, 1, nameof(VarianceToKeep), highExclusive: true);
        if (Components > 0 && VarianceToKeep > 0)
            throw new ArgumentOutOfRangeException(nameof(VarianceToKeep), VarianceToKeep, "set Components or VarianceToKeep, not both");
    }
}
