namespace Formcast.Learning.Clustering;

/// <summary>Options of <see cref="AgglomerativeClustering"/>.</summary>
public sealed record AgglomerativeOptions : LearnerOptions
{
    public Linkage Linkage { get; init; } = Linkage.Ward;

    /// <summary>Largest number of rows accepted: the algorithm keeps all n(n−1)/2 distances in memory
    /// (8 bytes each; 20 000 rows need 1.6 GB).</summary>
    public int MaxRows { get; init; } = 20_000;

    public override void Validate()
    {
        base.Validate();
        if (!Enum.IsDefined(Linkage)) throw new ArgumentOutOfRangeException(nameof(Linkage), Linkage, "unknown linkage");
        OptionCheck.Positive(MaxRows, nameof(MaxRows));
    }
}
