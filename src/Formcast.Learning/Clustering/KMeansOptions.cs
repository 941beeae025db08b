namespace Formcast.Learning.Clustering;

/// <summary>Options of <see cref="KMeansLearner"/>; names and defaults follow scikit-learn's <c>KMeans</c> (1.2).</summary>
public sealed record KMeansOptions : LearnerOptions
{
    /// <summary>Number of clusters k ≥ 1.</summary>
    public int Clusters { get; init; } = 8;

    /// <summary>Independent starts; the one with the lowest inertia wins (<c>n_init</c>).</summary>
    public int Starts { get; init; } = 10;

    /// <summary>Lloyd iterations per start (<c>max_iter</c>).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Stop when Σ‖Δcentre‖² ≤ Tolerance × mean per-feature variance (<c>tol</c>).</summary>
    public double Tolerance { get; init; } = 1e-4;

    public KMeansInit Init { get; init; } = KMeansInit.KMeansPlusPlus;

    /// <summary>Explicit starting centres (k rows); when set, they are the single start and
    /// <see cref="Init"/>/<see cref="Starts"/> are not used.</summary>
    public Matrix? InitialCentres { get; init; }

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(Clusters, nameof(Clusters));
        OptionCheck.Positive(Starts, nameof(Starts));
        OptionCheck.Positive(MaxIterations, nameof(MaxIterations));
        OptionCheck.NonNegative(Tolerance, nameof(Tolerance));
        if (!Enum.IsDefined(Init)) throw new ArgumentOutOfRangeException(nameof(Init), Init, "unknown initialisation");
        if (InitialCentres is not null)
        {
            if (InitialCentres.Rows != Clusters)
                throw new ArgumentOutOfRangeException(nameof(InitialCentres), InitialCentres.Rows, $"InitialCentres has {InitialCentres.Rows} rows for {Clusters} clusters");
            if (InitialCentres.Data.Any(v => !double.IsFinite(v)))
                throw new ArgumentOutOfRangeException(nameof(InitialCentres), "InitialCentres must be finite");
        }
    }
}
