using System.Globalization;

namespace Formcast.Learning.Linear.Internal;

/// <summary>
/// Input checks and per-row weights shared by the linear, kernel and clustering learners. Non-finite inputs are a
/// caller error (the data pipeline should have imputed or dropped them), reported with the row and column.
/// </summary>
internal static class TrainingData
{
    public static void RequireFinite(Matrix features, string parameter)
    {
        var data = features.Data;
        for (var i = 0; i < data.Length; i++)
        {
            if (!double.IsFinite(data[i]))
            {
                var row = features.Columns == 0 ? 0 : i / features.Columns;
                var column = features.Columns == 0 ? 0 : i % features.Columns;
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"feature row {row}, column {column} is {data[i]}; impute or drop it before fitting"),
                    parameter);
            }
        }
    }

    public static void RequireFinite(ReadOnlySpan<double> values, string what, string parameter)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} {i} is {values[i]}"), parameter);
        }
    }

    /// <summary>Checks features and target are finite and there is at least one row.</summary>
    public static void RequireUsable(Dataset data, int minimumRows = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Rows < minimumRows)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"fitting needs at least {minimumRows} rows, got {data.Rows}"), nameof(data));
        if (data.Columns == 0) throw new ArgumentException("fitting needs at least one feature column", nameof(data));
        RequireFinite(data.Features, nameof(data));
        RequireFinite(data.Target, "target row", nameof(data));
    }

    /// <summary>The dataset's row weights (ones when absent), checked to be finite, non-negative and not all zero.</summary>
    public static double[] SampleWeights(Dataset data) => SampleWeights(data.Rows, data.Weights, nameof(data));

    /// <summary>Row weights for <paramref name="rows"/> rows (ones when <paramref name="weights"/> is null), checked to be
    /// finite, non-negative and not all zero.</summary>
    public static double[] SampleWeights(int rows, double[]? weights, string parameter)
    {
        if (weights is null)
        {
            var ones = new double[rows];
            Array.Fill(ones, 1.0);
            return ones;
        }

        if (weights.Length != rows)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{weights.Length} weights for {rows} rows"), parameter);
        var copy = (double[])weights.Clone();
        var sum = 0.0;
        for (var i = 0; i < copy.Length; i++)
        {
            if (!(copy[i] >= 0) || double.IsInfinity(copy[i]))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weight of row {i} is {copy[i]}; weights must be finite and ≥ 0"), parameter);
            sum += copy[i];
        }

        if (!(sum > 0)) throw new ArgumentException("all row weights are zero", parameter);
        return copy;
    }

    /// <summary>Sorted distinct labels and, per row, the index of its label in that order.</summary>
    public static (double[] Classes, int[] ClassIndex) EncodeClasses(double[] target)
    {
        var classes = target.Distinct().Order().ToArray();
        var lookup = new Dictionary<double, int>(classes.Length);
        for (var k = 0; k < classes.Length; k++) lookup[classes[k]] = k;
        var index = new int[target.Length];
        for (var i = 0; i < target.Length; i++) index[i] = lookup[target[i]];
        return (classes, index);
    }

    /// <summary>
    /// Per-class weights. "Balanced" gives class k the weight n / (K · n_k) (King &amp; Zeng 2001; scikit-learn's
    /// <c>compute_class_weight("balanced")</c>, which counts rows and ignores row weights). Explicit weights default
    /// to 1 for classes they do not name.
    /// </summary>
    public static double[] ClassWeights(double[] classes, int[] classIndex, IReadOnlyDictionary<double, double>? explicitWeights, bool balanced)
    {
        var weights = new double[classes.Length];
        Array.Fill(weights, 1.0);
        if (balanced)
        {
            var counts = new int[classes.Length];
            foreach (var k in classIndex) counts[k]++;
            for (var k = 0; k < classes.Length; k++) weights[k] = classIndex.Length / (double)(classes.Length * counts[k]);
        }
        else if (explicitWeights is not null)
        {
            for (var k = 0; k < classes.Length; k++)
            {
                if (explicitWeights.TryGetValue(classes[k], out var w)) weights[k] = w;
            }
        }

        return weights;
    }

    /// <summary>Validates an explicit class-weight option (finite, ≥ 0) and its exclusion with balancing.</summary>
    public static void ValidateClassWeights(IReadOnlyDictionary<double, double>? explicitWeights, bool balanced, string option, string balancedOption)
    {
        if (explicitWeights is null) return;
        if (balanced)
            throw new ArgumentOutOfRangeException(option, $"{option} and {balancedOption} cannot both be set");
        foreach (var (label, weight) in explicitWeights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
                throw new ArgumentOutOfRangeException(option, weight, string.Create(CultureInfo.InvariantCulture, $"{option} for class {label} must be a finite number ≥ 0"));
        }
    }

    /// <summary>Columns of <paramref name="features"/> as separate arrays (column-major copy).</summary>
    public static double[][] Columns(Matrix features)
    {
        var columns = new double[features.Columns][];
        for (var j = 0; j < features.Columns; j++) columns[j] = new double[features.Rows];
        for (var i = 0; i < features.Rows; i++)
        {
            var row = features.Row(i);
            for (var j = 0; j < row.Length; j++) columns[j][i] = row[j];
        }

        return columns;
    }
}
