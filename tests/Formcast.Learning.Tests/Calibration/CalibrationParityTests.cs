using System.Text.Json;
using Formcast.Learning.Baselines;
using Formcast.Learning.Calibration;
using Formcast.Learning.Evaluation;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Calibration;

/// <summary>Isotonic regression, Platt scaling and the calibrated-classifier wrapper against scikit-learn 1.2.1
/// (fixtures from bench/parity/evaluation.py).</summary>
public sealed class CalibrationParityTests
{
    private static readonly JsonElement Fixture = Load("calibration.json");

    public static TheoryData<string> IsotonicCases() => [.. Fixture.Items("isotonic").Select(c => c.String("name"))];

    public static TheoryData<string> PlattCases() => [.. Fixture.Items("platt").Select(c => c.String("name"))];

    public static TheoryData<int> WrapperCases() => [.. Enumerable.Range(0, Fixture.GetProperty("calibrated_classifier").GetArrayLength())];

    public static string Describe(int index)
    {
        var c = Fixture.GetProperty("calibrated_classifier")[index];
        return $"{c.String("dataset")}, {c.String("method")}, ensemble {(c.GetProperty("ensemble").GetBoolean() ? "on" : "off")}";
    }

    [Theory]
    [MemberData(nameof(IsotonicCases))]
    public void IsotonicRegression_MatchesScikitLearnTo1e12(string name)
    {
        var c = Fixture.Items("isotonic").Single(i => i.String("name") == name);
        var yMin = c.GetProperty("y_min").ValueKind == JsonValueKind.Null ? double.NegativeInfinity : c.Double("y_min");
        var yMax = c.GetProperty("y_max").ValueKind == JsonValueKind.Null ? double.PositiveInfinity : c.Double("y_max");
        var f = IsotonicRegression.Fit(c.Doubles("x"), c.Doubles("y"), c.DoublesOrNull("weights"), c.GetProperty("increasing").GetBoolean(), yMin, yMax);
        Close(c.Doubles("thresholds_x"), f.Thresholds, 1e-12, "thresholds x");
        Close(c.Doubles("thresholds_y"), f.Values, 1e-12, "thresholds y");
        Close(c.Doubles("predictions"), c.Doubles("query").Select(f.Predict).ToArray(), 1e-12, "predictions");
    }

    /// <summary>
    /// The fitted sigmoid equals the exact optimum of scikit-learn's Platt objective (found by SciPy's trust-region
    /// Newton to a 1e-13 gradient) within 1e-9, and scikit-learn's own BFGS answer within 1e-6 (its 1e-5 gradient
    /// stopping rule leaves differences near 1e-8 in this fixture).
    /// </summary>
    [Theory]
    [MemberData(nameof(PlattCases))]
    public void PlattScaling_ReachesTheOptimumScikitLearnApproaches(string name)
    {
        var c = Fixture.Items("platt").Single(i => i.String("name") == name);
        var f = PlattScaling.Fit(c.Doubles("scores"), c.Doubles("y"), 1, c.DoublesOrNull("weights"));
        Close(c.Double("optimum_a"), f.A, 1e-9, "A");
        Close(c.Double("optimum_b"), f.B, 1e-9, "B");
        Close(c.Double("sklearn_a"), f.A, 1e-6, "A vs scikit-learn");
        Close(c.Double("sklearn_b"), f.B, 1e-6, "B vs scikit-learn");
    }

    /// <summary>
    /// CalibratedClassifierCV(KNeighborsClassifier, cv = stratified k-fold) on breast cancer and iris. Isotonic
    /// calibration is deterministic arithmetic and matches to 1e-12; sigmoid calibration inherits the BFGS stopping
    /// difference of the sigmoid parameters and matches to 1e-6.
    /// </summary>
    [Theory]
    [MemberData(nameof(WrapperCases))]
    public void CalibratedClassifier_MatchesCalibratedClassifierCV(int index)
    {
        var c = Fixture.GetProperty("calibrated_classifier")[index];
        var isotonic = c.String("method") == "isotonic";
        var folds = c.TryGetProperty("folds", out var f) ? f.GetInt32() : 5;
        var learner = new CalibratedClassifier(
            new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = c.Int("k") }),
            new CalibratedClassifierOptions
            {
                Method = isotonic ? CalibrationMethod.Isotonic : CalibrationMethod.Sigmoid,
                Ensemble = c.GetProperty("ensemble").GetBoolean(),
                Splitter = new StratifiedKFold(folds),
            });
        var (train, test) = ReferenceSplit(c.String("dataset"));
        var model = learner.Fit(train);
        var expected = c.Matrix("probabilities");
        var p = new double[model.Classes.Count];
        for (var r = 0; r < test.Rows; r++)
        {
            model.PredictProbabilities(test.Features.Row(r), p);
            Close(expected.Row(r), p, isotonic ? 1e-12 : 1e-6, $"row {r}");
        }
    }
}
