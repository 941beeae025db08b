using Formcast.Learning;
using Formcast.Learning.Explanations;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Injury;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>Alert explanations: TreeSHAP for tree families, Kernel SHAP for the rest, both adding up to the risk's
/// departure from the background mean (SHAP's local accuracy, Lundberg &amp; Lee 2017).</summary>
public sealed class ExplanationTests
{
    private static readonly FeatureInfo[] Features =
    [
        new("load_7d", "7-day load", "load units", "load"),
        new("monotony", "training monotony", "ratio", "load"),
        new("sleep_h_7d", "sleep per night over 7 days", "h", "sleep"),
        new("age", "age", "years", "person"),
    ];

    /// <summary>Twelve athletes × 40 weeks; injury risk rises steeply with the first column only.</summary>
    private static Dataset Planted(int seed)
    {
        var rng = new Rng((ulong)seed);
        const int rows = 480;
        var x = new double[rows * Features.Length];
        var y = new double[rows];
        var groups = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < Features.Length; j++) x[(r * Features.Length) + j] = rng.NextGaussian();
            x[r * Features.Length] = 400 + (100 * x[r * Features.Length]);
            y[r] = rng.NextDouble() < 1 / (1 + Math.Exp(-((x[r * Features.Length] - 520) / 25))) ? 1 : 0;
            groups[r] = r % 12;
        }

        return new Dataset(new Matrix(rows, Features.Length, x), y, [.. Features.Select(f => f.Name)], groups);
    }

    [Theory]
    [InlineData("random-forest")]
    [InlineData("gradient-boosting")]
    public void TreeFamilies_AreExplainedByTreeShap_AddingUpToTheRiskAboveTheBackgroundMean(string familyName)
    {
        var data = Planted(5);
        var family = ModelFamilies.InjuryClassifiers(quick: true).Single(f => f.Name == familyName);
        var model = (IClassifier)new PreparedClassifier(new InjuryModelLearner([family], 7)).Fit(data);
        var background = data.Features.SelectRows([.. Enumerable.Range(0, 40)]);
        double[] row = [650, 0.1, -0.2, 0.3];

        var contributions = AlertExplainer.TreeContributions(model, background, row);
        Assert.NotNull(contributions);
        var risk = model.PredictPositiveProbability(new Matrix(1, 4, row))[0];
        var mean = model.PredictPositiveProbability(background).Average();
        Assert.Equal(risk - mean, contributions.Sum(), 9);
        Assert.Equal(0, Array.IndexOf(contributions, contributions.Max()));

        var (reasons, method) = AlertExplainer.Explain(model, background, row, Features, 2, new KernelShapOptions { Seed = 1, Samples = 64 });
        Assert.Equal(AlertExplainer.TreeMethod, method);
        Assert.Equal("load_7d", reasons[0].Feature);
    }

    [Fact]
    public void OtherFamilies_FallBackToKernelShap()
    {
        var data = Planted(6);
        var model = (IClassifier)new PreparedClassifier(new InjuryModelLearner([ModelFamilies.Logistic], 7)).Fit(data);
        var background = data.Features.SelectRows([.. Enumerable.Range(0, 30)]);
        double[] row = [650, 0.1, -0.2, 0.3];
        Assert.Null(AlertExplainer.TreeContributions(model, background, row));

        var (reasons, method) = AlertExplainer.Explain(model, background, row, Features, 2, new KernelShapOptions { Seed = 1 });
        Assert.Equal(AlertExplainer.KernelMethod, method);
        Assert.Equal("load_7d", reasons[0].Feature);
    }
}
