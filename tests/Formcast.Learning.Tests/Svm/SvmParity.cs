using System.Globalization;
using System.Text.Json;
using Formcast.Learning.Svm;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Svm;

/// <summary>
/// Comparisons with LIBSVM 3.24 (<c>svm-train</c>/<c>svm-predict</c>, Debian libsvm-tools) and scikit-learn 1.2.1's
/// SVC/SVR (its bundled LIBSVM), all at ε = 10⁻³ with γ given explicitly, rounded to single precision as
/// <c>svm-train</c> keeps it (Fixtures/kernels/svm.json from bench/parity/kernels.py).
/// </summary>
internal static class SvmParity
{
    public const string File = "svm.json";

    public static ParityCheck Classifier(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("svc", name, "svm-train/svm-predict and sklearn SVC");
        var model = new SvmClassifierLearner(ClassifierOptions(c)).Fit(c.TrainSet());
        check.Identical("classes", c.Doubles("classes"), model.Classes.ToArray());
        check.Relative("gamma \"scale\"", [c.Number("gammaScale")], [KernelGamma.Scale.Resolve(c.TrainFeatures)], 1e-12);

        // The dual objective per class pair within 1e-3 of svm-train's "obj" (printed with 6 decimals), ρ within
        // 1e-3, support vectors per pair as svm-train, per class and by index as scikit-learn.
        var cli = c.Element("libsvm").GetProperty("pairs").EnumerateArray().ToArray();
        var pairs = model.Pairs;
        check.Absolute("dual objective per pair", cli.Select(p => p.GetProperty("objective").GetDouble()).ToArray(), pairs.Select(p => p.Objective).ToArray(), 1e-3);
        check.Absolute("rho per pair", cli.Select(p => p.GetProperty("rho").GetDouble()).ToArray(), pairs.Select(p => p.Rho).ToArray(), 1e-3);
        check.Identical("support vectors per pair", cli.Select(p => p.GetProperty("supportVectors").GetInt32()).ToArray(), pairs.Select(p => p.SupportVectors).ToArray());
        check.Identical("support vectors per class", c.Ints("supportPerClass"), model.SupportVectorsPerClass());
        check.Identical("support vector indices", c.Ints("supportIndices").Order().ToArray(), model.SupportIndices.ToArray());

        // Decision values within 1e-3 of scikit-learn's (stored for the first 100 test rows); labels equal to both
        // references on every test row where no pairwise decision value is within 1e-3 of zero.
        var decisions = c.Rows("decisionTest");
        var sklearnLabels = c.Doubles("predictTest");
        var cliLabels = ParityCase.Doubles(c.Element("libsvm").GetProperty("predictTest"));
        var test = c.TestFeatures;
        var values = new double[pairs.Count];
        var ours = new List<double>();
        int sklearnMismatches = 0, cliMismatches = 0;
        for (var i = 0; i < test.Rows; i++)
        {
            model.PairwiseDecisionValues(test.Row(i), values);
            if (i < decisions.Length) ours.AddRange(values);
            if (values.Any(v => Math.Abs(v) <= 1e-3)) continue;
            var label = model.PredictLabel(test.Row(i));
            if (label != sklearnLabels[i]) sklearnMismatches++;
            if (label != cliLabels[i]) cliMismatches++;
        }

        check.Absolute("test decision values", decisions.SelectMany(r => r).ToArray(), ours.ToArray(), 1e-3);
        check.Mismatches("test labels vs sklearn", sklearnMismatches, 0);
        check.Mismatches("test labels vs svm-predict", cliMismatches, 0);
        if (c.Has("coef"))
        {
            var coef = c.Rows("coef");
            var weights = Enumerable.Range(0, coef.Length).SelectMany(p => model.Coefficients(p).ToArray()).ToArray();
            check.Absolute("primal weights (coef_)", coef.SelectMany(r => r).ToArray(), weights, 1e-3);
        }

        return check;
    }

    public static ParityCheck Regressor(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("svr", name, "svm-train/svm-predict and sklearn SVR");
        var options = new SvrOptions
        {
            Kernel = Kind(c.Text("kernel")),
            C = c.Number("C"),
            Epsilon = c.Number("epsilon"),
            Gamma = KernelGamma.Of(c.Number("gamma")),
            Degree = c.Integer("degree"),
            Coef0 = c.Number("coef0"),
        };
        var model = new SvrLearner(options).Fit(c.TrainSet());
        var cli = c.Element("libsvm");
        check.Absolute("dual objective", [cli.GetProperty("objective").GetDouble()], [model.Objective], 1e-3);
        check.Absolute("rho", [cli.GetProperty("rho").GetDouble()], [model.Rho], 1e-3);
        check.Identical("support vector count", [cli.GetProperty("supportVectors").GetInt32()], [model.SupportIndices.Count]);
        check.Identical("support vector indices", c.Ints("supportIndices").Order().ToArray(), model.SupportIndices.ToArray());

        // Predictions within 1e-4 of the target's standard deviation, against both references.
        var spread = StandardDeviation(c.TrainTarget);
        var predictions = model.PredictAll(c.TestFeatures);
        check.Absolute("test predictions vs sklearn (÷ sd of y)", c.Doubles("predictTest").Select(v => v / spread).ToArray(), predictions.Select(v => v / spread).ToArray(), 1e-4);
        check.Absolute("test predictions vs svm-predict (÷ sd of y)", ParityCase.Doubles(cli.GetProperty("predictTest")).Select(v => v / spread).ToArray(), predictions.Select(v => v / spread).ToArray(), 1e-4);
        return check;
    }

    // Platt probabilities depend on the internal cross-validation's random folds, which differ between
    // implementations: metric parity, log loss within 0.05 and Brier score within 0.02 of scikit-learn's.
    public static ParityCheck Probabilities(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("svc-probability", name, "sklearn SVC(probability=True)");
        var model = new SvmClassifierLearner(new SvmClassifierOptions { C = c.Number("C"), Gamma = KernelGamma.Of(c.Number("gamma")) }).Fit(c.TrainSet());
        var test = c.TestFeatures;
        var truth = c.TestTarget;
        var classes = model.Classes.ToArray();
        var p = new double[classes.Length];
        double logLoss = 0, brier = 0, worstSum = 0;
        for (var i = 0; i < test.Rows; i++)
        {
            model.PredictProbabilities(test.Row(i), p);
            worstSum = Math.Max(worstSum, Math.Abs(p.Sum() - 1));
            var k = Array.IndexOf(classes, truth[i]);
            logLoss -= Math.Log(Math.Clamp(p[k], 1e-15, 1));
            for (var j = 0; j < p.Length; j++) brier += (p[j] - (j == k ? 1 : 0)) * (p[j] - (j == k ? 1 : 0));
        }

        check.Absolute("probabilities sum to 1", [0.0], [worstSum], 1e-9);
        check.Absolute("test log loss", [c.Number("logLoss")], [logLoss / test.Rows], 0.05);
        check.Absolute("test Brier score", [c.Number("brier")], [brier / test.Rows], 0.02);
        return check;
    }

    private static SvmClassifierOptions ClassifierOptions(ParityCase c)
    {
        var options = new SvmClassifierOptions
        {
            Kernel = Kind(c.Text("kernel")),
            C = c.Number("C"),
            Gamma = KernelGamma.Of(c.Number("gamma")),
            Degree = c.Integer("degree"),
            Coef0 = c.Number("coef0"),
            Probability = false,
        };
        if (!c.Has("classWeights")) return options;
        var weights = c.Element("classWeights");
        if (weights.ValueKind == JsonValueKind.String) return options with { BalancedClassWeights = true };
        return options with
        {
            ClassWeights = weights.EnumerateObject().ToDictionary(e => double.Parse(e.Name, CultureInfo.InvariantCulture), e => e.Value.GetDouble()),
        };
    }

    private static KernelKind Kind(string name) => name switch
    {
        "linear" => KernelKind.Linear,
        "poly" => KernelKind.Polynomial,
        _ => KernelKind.Rbf,
    };

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}
