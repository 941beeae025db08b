using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Linear;

/// <summary>Parity with scikit-learn for least squares, ridge and logistic regression (see <see cref="LinearParity"/>).</summary>
public sealed class LinearParityTests
{
    public static TheoryData<string> RegressionCases => KernelFixtures.Names(LinearParity.File, "linear");

    public static TheoryData<string> LogisticCases => KernelFixtures.Names(LinearParity.File, "logistic");

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void LinearRegression_MatchesScikitLearn(string name) => LinearParity.Regression(name).AssertPassed();

    [Theory]
    [MemberData(nameof(LogisticCases))]
    public void LogisticRegression_MatchesScikitLearnAtTheOptimum(string name) => LinearParity.Logistic(name).AssertPassed();
}
