namespace Formcast.Learning.Tests.Trees;

/// <summary>Small datasets and helpers shared by the tree-family unit tests.</summary>
public static class TreeTestData
{
    public static Dataset Make(double[][] rows, double[] target, double[]? weights = null, int[]? groups = null) =>
        new(Matrix.FromRows(rows), target, groups: groups, weights: weights);

    /// <summary>n rows of <paramref name="features"/> standard-normal features; the target is 1 when
    /// x0 + 0.5·x1 + noise &gt; 0 (classification) or 3·x0 + x1² + noise (regression).</summary>
    public static Dataset Synthetic(int n, int features, bool classification, ulong seed = 1, double noise = 0.3)
    {
        var rng = new Rng(seed);
        var x = new Matrix(n, features);
        var y = new double[n];
        for (var r = 0; r < n; r++)
        {
            for (var f = 0; f < features; f++) x[r, f] = rng.NextGaussian();
            var e = noise * rng.NextGaussian();
            y[r] = classification ? (x[r, 0] + (0.5 * x[r, 1]) + e > 0 ? 1 : 0) : (3 * x[r, 0]) + (x[r, 1] * x[r, 1]) + e;
        }

        return new Dataset(x, y);
    }

    /// <summary>Saves and loads <paramref name="model"/> through the model-file format.</summary>
    public static T RoundTrip<T>(T model)
        where T : IModel
    {
        var loaded = ModelFile.RoundTrip(model);
        Assert.Equal(model.Kind, loaded.Kind);
        return Assert.IsType<T>(loaded);
    }

    public static byte[] Bytes(IModel model)
    {
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        return stream.ToArray();
    }

    /// <summary>Asserts two classifiers give bit-identical probabilities on every row.</summary>
    public static void SameProbabilities(IClassifier expected, IClassifier actual, Matrix rows)
    {
        var a = new double[expected.Classes.Count];
        var b = new double[actual.Classes.Count];
        for (var r = 0; r < rows.Rows; r++)
        {
            expected.PredictProbabilities(rows.Row(r), a);
            actual.PredictProbabilities(rows.Row(r), b);
            Assert.Equal(a, b);
        }
    }

    public static void SamePredictions(IRegressor expected, IRegressor actual, Matrix rows)
    {
        for (var r = 0; r < rows.Rows; r++) Assert.Equal(expected.Predict(rows.Row(r)), actual.Predict(rows.Row(r)));
    }
}
