using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Selection;

/// <summary>Parity with scikit-learn's RFE (see <see cref="RfeParity"/>).</summary>
public sealed class RfeParityTests
{
    public static TheoryData<string> Cases => KernelFixtures.Names(RfeParity.File, "rfe");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ranking_MatchesScikitLearn(string name) => RfeParity.Rfe(name).AssertPassed();
}
