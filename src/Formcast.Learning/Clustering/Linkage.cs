namespace Formcast.Learning.Clustering;

/// <summary>Between-cluster distance of agglomerative clustering, updated by the Lance–Williams formulas on
/// Euclidean distances (Müllner, "Modern hierarchical, agglomerative clustering algorithms", arXiv:1109.2378, 2011,
/// Table 1), as SciPy's <c>linkage</c> computes them.</summary>
public enum Linkage
{
    /// <summary>Ward's minimum-variance criterion: merge heights are √(2·ΔSSE) between the merged clusters.</summary>
    Ward,

    /// <summary>Largest distance between members.</summary>
    Complete,

    /// <summary>Mean distance between members (UPGMA).</summary>
    Average,
}
