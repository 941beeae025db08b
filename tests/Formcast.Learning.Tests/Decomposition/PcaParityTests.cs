using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Decomposition;

/// <summary>Parity with scikit-learn's PCA (see <see cref="PcaParity"/>).</summary>
public sealed class PcaParityTests
{
    public static TheoryData<string> Cases => KernelFixtures.Names(PcaParity.File, "pca");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pca_MatchesScikitLearn(string name) => PcaParity.Pca(name).AssertPassed();
}
