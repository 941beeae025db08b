namespace Formcast.Learning.Clustering;

/// <summary>
/// One merge of a dendrogram over n leaves, in SciPy's linkage-matrix convention: merge i joins clusters
/// <see cref="Left"/> &lt; <see cref="Right"/> (ids below n are leaves, id n + j is the cluster made by merge j) at
/// <see cref="Height"/>, giving a cluster of <see cref="Size"/> leaves with id n + i.
/// </summary>
public readonly record struct DendrogramMerge(int Left, int Right, double Height, int Size);
