namespace Formcast.Signals;

/// <summary>Options of <see cref="KnnImputer"/>.</summary>
public sealed record KnnImputerOptions
{
    /// <summary>k, the number of donor records averaged (scikit-learn default 5).</summary>
    public int NeighbourCount { get; init; } = 5;

    /// <summary>How donors' values are averaged.</summary>
    public KnnWeighting Weighting { get; init; } = KnnWeighting.Uniform;

    /// <summary>
    /// Standardise each column (z-score over its answered values, population SD) before measuring distances, so a
    /// 0–10 readiness score does not outweigh 1–5 answers. Imputed values are always in the original units.
    /// Equivalent to scikit-learn <c>StandardScaler</c> → <c>KNNImputer</c> → inverse transform.
    /// </summary>
    public bool Standardize { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (NeighbourCount < 1) throw new ArgumentOutOfRangeException(nameof(NeighbourCount), NeighbourCount, $"{nameof(NeighbourCount)} must be positive");
        if (!Enum.IsDefined(Weighting)) throw new ArgumentOutOfRangeException(nameof(Weighting), Weighting, $"unknown {nameof(Weighting)}");
    }
}
