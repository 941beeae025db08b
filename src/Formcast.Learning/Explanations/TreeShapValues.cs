namespace Formcast.Learning;

/// <summary>
/// SHAP values of rows for one model output: per row and feature, that feature's contribution, so that
/// <see cref="ExpectedValue"/> + Σ contributions equals the model's output for the row (local accuracy).
/// </summary>
public sealed class TreeShapValues
{
    internal TreeShapValues(string output, double expectedValue, int rows, int features, double[] values)
    {
        Output = output;
        ExpectedValue = expectedValue;
        Rows = rows;
        Features = features;
        Values = values;
    }

    /// <summary>What is explained, e.g. "probability of class 1" or "log-odds of class 1".</summary>
    public string Output { get; }

    /// <summary>The output averaged over the training data as the trees saw it (cover-weighted).</summary>
    public double ExpectedValue { get; }

    public int Rows { get; }

    public int Features { get; }

    /// <summary>Contributions, row-major (Rows × Features).</summary>
    public double[] Values { get; }

    public ReadOnlySpan<double> Row(int row) => Values.AsSpan(row * Features, Features);

    /// <summary>ExpectedValue + Σ contributions: the model output the row's values explain.</summary>
    public double Prediction(int row)
    {
        var sum = ExpectedValue;
        foreach (var v in Row(row)) sum += v;
        return sum;
    }
}
