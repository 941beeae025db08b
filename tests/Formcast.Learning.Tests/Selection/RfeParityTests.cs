using Formcast.Learning.Linear;
using Formcast.Learning.Selection;
using Formcast.Learning.Svm;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Selection;

/// <summary>
/// Parity with scikit-learn 1.2.1 <c>RFE</c> over linear estimators (reference rankings from bench/parity/kernels.py →
/// Fixtures/kernels/selection.json): the ranking must be identical.
/// </summary>
public sealed class RfeParityTests
{
    private const string File = "selection.json";

    public static TheoryData<string> Cases => KernelFixtures.Names(File, "rfe");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ranking_MatchesScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var options = new RfeOptions { FeaturesToSelect = c.Integer("featuresToSelect"), Step = c.Number("step") };
        var parameters = c.Element("params");
        int[] ranking = c.Text("estimator") switch
        {
            "logistic" => new RecursiveFeatureElimination<LogisticRegressionModel>(
                new LogisticRegressionLearner(new LogisticRegressionOptions { C = parameters.GetProperty("C").GetDouble() }), options).Fit(c.TrainSet()).Ranking,
            "linear" => new RecursiveFeatureElimination<LinearRegressionModel>(new LinearRegressionLearner(), options).Fit(c.TrainSet()).Ranking,
            "ridge" => new RecursiveFeatureElimination<LinearRegressionModel>(
                new LinearRegressionLearner(new LinearRegressionOptions { Alpha = parameters.GetProperty("alpha").GetDouble() }), options).Fit(c.TrainSet()).Ranking,
            _ => new RecursiveFeatureElimination<SvmClassifierModel>(
                new SvmClassifierLearner(new SvmClassifierOptions
                {
                    Kernel = KernelKind.Linear,
                    C = parameters.GetProperty("C").GetDouble(),
                    Tolerance = 1e-6,
                    Probability = false,
                }), options).Fit(c.TrainSet()).Ranking,
        };
        Assert.Equal(c.Ints("ranking"), ranking);
    }
}
