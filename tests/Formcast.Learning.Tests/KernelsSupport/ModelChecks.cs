namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>Checks every model passes: save → load gives the same predictions; options name themselves when invalid.</summary>
internal static class ModelChecks
{
    /// <summary>Saves and loads <paramref name="model"/> and asserts <paramref name="predict"/> gives bit-identical
    /// outputs for every row of <paramref name="rows"/>.</summary>
    public static TModel RoundTrip<TModel>(TModel model, Matrix rows, Func<TModel, double[], double[]> predict)
        where TModel : IModel
    {
        var loaded = ModelFile.RoundTrip(model);
        var typed = Assert.IsType<TModel>(loaded);
        Assert.Equal(model.Kind, typed.Kind);
        Assert.Equal(model.FeatureCount, typed.FeatureCount);
        for (var i = 0; i < rows.Rows; i++)
        {
            var row = rows.Row(i).ToArray();
            Assert.Equal(predict(model, row), predict(typed, row));
        }

        return typed;
    }

    /// <summary>Asserts <paramref name="validate"/> throws naming <paramref name="option"/>.</summary>
    public static void RejectsOption(string option, Action validate)
    {
        var error = Assert.ThrowsAny<ArgumentException>(validate);
        Assert.Equal(option, error.ParamName);
    }

    /// <summary>A small deterministic feature matrix with Gaussian entries.</summary>
    public static Matrix Gaussian(int rows, int columns, ulong seed)
    {
        var rng = new Rng(seed);
        var m = new Matrix(rows, columns);
        for (var i = 0; i < m.Data.Length; i++) m.Data[i] = rng.NextGaussian();
        return m;
    }
}
