using Formcast.Learning.Linear;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Linear;

/// <summary>
/// Comparisons with scikit-learn 1.2.1 (Fixtures/kernels/linear.json from bench/parity/kernels.py): LinearRegression
/// (SciPy lstsq), Ridge(solver="cholesky"), LogisticRegression at its optimum (newton-cg at tol 1e-10 with the
/// gradient checked below 1e-6 for L2, saga at tol 1e-10 for L1).
/// </summary>
internal static class LinearParity
{
    public const string File = "linear.json";

    // Both are direct double-precision solvers: they agree to rounding (1e-8 of the largest value).
    public static ParityCheck Regression(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("linear", name, c.Number("alpha") > 0 ? "sklearn Ridge (cholesky)" : "sklearn LinearRegression");
        var model = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = c.Number("alpha") }).Fit(c.TrainSet());
        check.Relative("coefficients", c.Doubles("coef"), model.Coefficients(0), 1e-8);
        check.Relative("intercept", [c.Number("intercept")], [model.Intercept], 1e-8);
        var predictions = new double[c.Test.Length];
        ((IRegressor)model).Predict(c.TestFeatures, predictions);
        check.Relative("test predictions", c.Doubles("predictTest"), predictions, 1e-8);
        return check;
    }

    // The issue asks for coefficients within 1e-4 at convergence (features standardised, so coefficients are O(1)).
    public static ParityCheck Logistic(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("logistic", name, $"sklearn LogisticRegression ({c.Text("solver")})");
        var options = new LogisticRegressionOptions
        {
            C = c.Number("C"),
            Penalty = c.Text("penalty") == "l1" ? LogisticPenalty.L1 : LogisticPenalty.L2,
            MultiClass = c.Text("multiClass") == "ovr" ? MultiClassStrategy.OneVsRest : MultiClassStrategy.Multinomial,
            BalancedClassWeights = c.Has("classWeight") && c.Text("classWeight") == "balanced",
        };
        var model = new LogisticRegressionLearner(options).Fit(c.TrainSet());
        check.Identical("classes", c.Doubles("classes"), model.Classes.ToArray());
        var coef = c.Rows("coef");
        var expected = coef.SelectMany(r => r).ToArray();
        var actual = Enumerable.Range(0, model.CoefficientRows).SelectMany(k => model.Coefficients(k).ToArray()).ToArray();
        check.Absolute("coefficients", expected, actual, 1e-4);
        check.Absolute("intercepts", c.Doubles("intercept"), model.Intercepts.ToArray(), 1e-4);

        var probabilities = c.Rows("probaTest");
        var labels = c.Doubles("predictTest");
        var test = c.TestFeatures;
        var p = new double[model.Classes.Count];
        var ours = new List<double>();
        var mismatches = 0;
        for (var i = 0; i < test.Rows; i++)
        {
            model.PredictProbabilities(test.Row(i), p);
            ours.AddRange(p);
            if (((IClassifier)model).PredictLabel(test.Row(i)) != labels[i]) mismatches++;
        }

        check.Absolute("test probabilities", probabilities.SelectMany(r => r).ToArray(), ours.ToArray(), 1e-4);
        // A label can differ only where the two top probabilities tie within 1e-4: at most one such row.
        check.Mismatches("test labels", mismatches, 1);
        return check;
    }
}
