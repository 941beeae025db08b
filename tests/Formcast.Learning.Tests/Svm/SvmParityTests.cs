using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Svm;

/// <summary>Parity with LIBSVM and scikit-learn for C-SVC, ε-SVR and Platt probabilities (see <see cref="SvmParity"/>).</summary>
public sealed class SvmParityTests
{
    public static TheoryData<string> ClassifierCases => KernelFixtures.Names(SvmParity.File, "svc");

    public static TheoryData<string> RegressionCases => KernelFixtures.Names(SvmParity.File, "svr");

    public static TheoryData<string> ProbabilityCases => KernelFixtures.Names(SvmParity.File, "svc-probability");

    [Theory]
    [MemberData(nameof(ClassifierCases))]
    public void Classifier_MatchesLibsvmAndScikitLearn(string name) => SvmParity.Classifier(name).AssertPassed();

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void Regressor_MatchesLibsvmAndScikitLearn(string name) => SvmParity.Regressor(name).AssertPassed();

    [Theory]
    [MemberData(nameof(ProbabilityCases))]
    public void Probabilities_MatchScikitLearnInLogLossAndBrier(string name) => SvmParity.Probabilities(name).AssertPassed();
}
