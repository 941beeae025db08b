using Formcast.Learning.Linear;
using Formcast.Learning.Selection;
using Formcast.Learning.Svm;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Selection;

/// <summary>Comparisons with scikit-learn 1.2.1 <c>RFE</c> over linear estimators (Fixtures/kernels/selection.json from
/// bench/parity/kernels.py): the ranking must be identical.</summary>
internal static class RfeParity
{
    public const string File = "selection.json";

    public static ParityCheck Rfe(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var estimator = c.Text("estimator");
        var check = new ParityCheck("rfe", name, $"sklearn RFE({estimator})");
        var options = new RfeOptions { FeaturesToSelect = c.Integer("featuresToSelect"), Step = c.Number("step") };
        var parameters = c.Element("params");
        var data = c.TrainSet();
        int[] ranking = estimator switch
        {
            "logistic" => new RecursiveFeatureElimination<LogisticRegressionModel>(
                new LogisticRegressionLearner(new LogisticRegressionOptions { C = parameters.GetProperty("C").GetDouble() }), options).Fit(data).Ranking,
            "linear" => new RecursiveFeatureElimination<LinearRegressionModel>(new LinearRegressionLearner(), options).Fit(data).Ranking,
            "ridge" => new RecursiveFeatureElimination<LinearRegressionModel>(
                new LinearRegressionLearner(new LinearRegressionOptions { Alpha = parameters.GetProperty("alpha").GetDouble() }), options).Fit(data).Ranking,
            _ => new RecursiveFeatureElimination<SvmClassifierModel>(
                new SvmClassifierLearner(new SvmClassifierOptions
                {
                    Kernel = KernelKind.Linear,
                    C = parameters.GetProperty("C").GetDouble(),
                    Tolerance = 1e-6,
                    Probability = false,
                }), options).Fit(data).Ranking,
        };
        check.Identical("ranking", c.Ints("ranking"), ranking);
        return check;
    }
}
