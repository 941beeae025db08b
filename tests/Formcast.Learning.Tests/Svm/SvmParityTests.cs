using System.Text.Json;
using Formcast.Learning.Svm;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Svm;

/// <summary>
/// Parity with LIBSVM 3.24 (<c>svm-train</c>/<c>svm-predict</c>, Debian libsvm-tools) and scikit-learn 1.2.1's SVC/SVR
/// (its bundled LIBSVM), both at ε = 10⁻³ and γ given explicitly (rounded to single precision, which is how
/// <c>svm-train</c> keeps it). Reference outputs: bench/parity/kernels.py → Fixtures/kernels/svm.json.
/// </summary>
public sealed class SvmParityTests
{
    private const string File = "svm.json";

    public static TheoryData<string> ClassifierCases => KernelFixtures.Names(File, "svc");

    public static TheoryData<string> RegressionCases => KernelFixtures.Names(File, "svr");

    public static TheoryData<string> ProbabilityCases => KernelFixtures.Names(File, "svc-probability");

    [Theory]
    [MemberData(nameof(ClassifierCases))]
    public void Classifier_MatchesLibsvmAndScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var model = new SvmClassifierLearner(ClassifierOptions(c)).Fit(c.TrainSet());
        Assert.Equal(c.Doubles("classes"), model.Classes);

        // Dual objective per class pair within 1e-3 of svm-train's "obj" (printed to 6 decimals); ρ within 1e-3.
        // Support vector counts equal svm-train's per pair and scikit-learn's per class.
        var cli = c.Element("libsvm").GetProperty("pairs").EnumerateArray().ToArray();
        var pairs = model.Pairs;
        Assert.Equal(cli.Length, pairs.Count);
        for (var p = 0; p < pairs.Count; p++)
        {
            var objective = cli[p].GetProperty("objective").GetDouble();
            Assert.True(Math.Abs(objective - pairs[p].Objective) <= 1e-3,
                $"pair {p}: objective {pairs[p].Objective:R}, svm-train {objective:R}");
            Assert.True(Math.Abs(cli[p].GetProperty("rho").GetDouble() - pairs[p].Rho) <= 1e-3,
                $"pair {p}: rho {pairs[p].Rho:R}, svm-train {cli[p].GetProperty("rho").GetDouble():R}");
            Assert.Equal(cli[p].GetProperty("supportVectors").GetInt32(), pairs[p].SupportVectors);
        }

        Assert.Equal(c.Ints("supportPerClass"), model.SupportVectorsPerClass());
        Assert.Equal(c.Ints("supportIndices").Order(), model.SupportIndices);

        // Decision values within 1e-3 of scikit-learn's (ε-level differences between two runs of the same method);
        // labels equal svm-predict's and scikit-learn's wherever |decision| > 1e-3.
        var decisions = c.Rows("decisionTest");
        var sklearnLabels = c.Doubles("predictTest");
        var cliLabels = ParityCase.Doubles(c.Element("libsvm").GetProperty("predictTest"));
        var test = c.TestFeatures;
        var values = new double[pairs.Count];
        for (var i = 0; i < test.Rows; i++)
        {
            model.PairwiseDecisionValues(test.Row(i), values);
            Within.Absolute(decisions[i], values, 1e-3, $"decision row {i}");
            var label = model.PredictLabel(test.Row(i));
            if (decisions[i].All(v => Math.Abs(v) > 1e-3))
            {
                Assert.Equal(sklearnLabels[i], label);
                Assert.Equal(cliLabels[i], label);
            }
        }

        if (c.Has("coef"))
        {
            var coef = c.Rows("coef");
            for (var p = 0; p < coef.Length; p++) Within.Absolute(coef[p], model.Coefficients(p), 1e-3, $"coef[{p}]");
        }
    }

    // γ = 1 / (p · Var(X)) over all training values, as scikit-learn's gamma="scale" (to rounding).
    [Theory]
    [MemberData(nameof(ClassifierCases))]
    public void ScaleGamma_MatchesScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var gamma = KernelGamma.Scale.Resolve(c.TrainFeatures);
        Assert.Equal(c.Number("gammaScale"), gamma, 1e-12 * gamma);
    }

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void Regressor_MatchesLibsvmAndScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
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

        // Objective within 1e-3 relative (SVR objectives scale with C·ε·n, here up to 10⁵).
        var objective = cli.GetProperty("objective").GetDouble();
        Assert.True(Math.Abs(objective - model.Objective) <= 1e-3 * Math.Max(1, Math.Abs(objective)),
            $"objective {model.Objective:R}, svm-train {objective:R}");
        Assert.Equal(cli.GetProperty("supportVectors").GetInt32(), model.SupportIndices.Count);
        Assert.Equal(c.Ints("supportIndices").Order(), model.SupportIndices);

        // Predictions within 1e-3 of the target's spread, against both references.
        var spread = StandardDeviation(c.TrainTarget);
        var test = c.TestFeatures;
        var predictions = model.PredictAll(test);
        Within.Absolute(c.Doubles("predictTest"), predictions, 1e-3 * spread, "prediction vs scikit-learn");
        Within.Absolute(ParityCase.Doubles(cli.GetProperty("predictTest")), predictions, 1e-3 * spread, "prediction vs svm-predict");
    }

    // Platt probabilities depend on the internal cross-validation's random folds, which differ between
    // implementations; the issue's metric parity applies: log loss within 0.05 and Brier score within 0.02 of
    // scikit-learn's on the test rows.
    [Theory]
    [MemberData(nameof(ProbabilityCases))]
    public void Probabilities_MatchScikitLearnInLogLossAndBrier(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var model = new SvmClassifierLearner(new SvmClassifierOptions { C = c.Number("C"), Gamma = KernelGamma.Of(c.Number("gamma")) }).Fit(c.TrainSet());
        var test = c.TestFeatures;
        var truth = c.TestTarget;
        var classes = model.Classes.ToArray();
        var p = new double[classes.Length];
        double logLoss = 0, brier = 0;
        for (var i = 0; i < test.Rows; i++)
        {
            model.PredictProbabilities(test.Row(i), p);
            Assert.Equal(1.0, p.Sum(), 1e-9);
            var k = Array.IndexOf(classes, truth[i]);
            logLoss -= Math.Log(Math.Clamp(p[k], 1e-15, 1));
            for (var j = 0; j < p.Length; j++) brier += (p[j] - (j == k ? 1 : 0)) * (p[j] - (j == k ? 1 : 0));
        }

        logLoss /= test.Rows;
        brier /= test.Rows;
        Assert.True(Math.Abs(logLoss - c.Number("logLoss")) <= 0.05, $"log loss {logLoss}, scikit-learn {c.Number("logLoss")}");
        Assert.True(Math.Abs(brier - c.Number("brier")) <= 0.02, $"Brier {brier}, scikit-learn {c.Number("brier")}");
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
            ClassWeights = weights.EnumerateObject().ToDictionary(
                e => double.Parse(e.Name, System.Globalization.CultureInfo.InvariantCulture), e => e.Value.GetDouble()),
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
