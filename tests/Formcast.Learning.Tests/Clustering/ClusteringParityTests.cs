using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Clustering;

/// <summary>Parity with scikit-learn and SciPy for k-means and agglomerative clustering (see <see cref="ClusteringParity"/>).</summary>
public sealed class ClusteringParityTests
{
    public static TheoryData<string> KMeansCases => KernelFixtures.Names(ClusteringParity.File, "kmeans");

    public static TheoryData<string> AgglomerativeCases => KernelFixtures.Names(ClusteringParity.File, "agglomerative");

    [Theory]
    [MemberData(nameof(KMeansCases))]
    public void KMeans_MatchesScikitLearn(string name) => ClusteringParity.KMeans(name).AssertPassed();

    [Theory]
    [MemberData(nameof(AgglomerativeCases))]
    public void Agglomerative_MatchesScipyAndScikitLearn(string name) => ClusteringParity.Agglomerative(name).AssertPassed();
}
