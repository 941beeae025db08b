namespace Formcast.Learning.Clustering;

/// <summary>How k-means chooses its starting centres.</summary>
public enum KMeansInit
{
    /// <summary>k-means++ (Arthur &amp; Vassilvitskii 2007) with 2 + ⌊ln k⌋ greedy local trials per centre, as
    /// scikit-learn.</summary>
    KMeansPlusPlus,

    /// <summary>k distinct rows drawn uniformly.</summary>
    Random,
}
