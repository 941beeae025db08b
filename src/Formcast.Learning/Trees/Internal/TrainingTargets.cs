namespace Formcast.Learning.Trees.Internal;

/// <summary>Class labels encoded as indices into the sorted distinct labels, and combined sample weights.</summary>
internal static class TrainingTargets
{
    /// <summary>Sorted distinct labels and each row's index into them; labels must be finite.</summary>
    public static (double[] Classes, int[] Index) EncodeClasses(double[] target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var y in target)
        {
            if (!double.IsFinite(y)) throw new ArgumentException($"class label {y} is not a finite number", nameof(target));
        }

        var classes = target.Distinct().Order().ToArray();
        var lookup = new Dictionary<double, int>(classes.Length);
        for (var c = 0; c < classes.Length; c++) lookup[classes[c]] = c;
        var index = new int[target.Length];
        for (var i = 0; i < target.Length; i++) index[i] = lookup[target[i]];
        return (classes, index);
    }

    public static void RequireFinite(double[] target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (!double.IsFinite(target[i])) throw new ArgumentException($"target of row {i} is {target[i]}, not a finite number", nameof(target));
        }
    }

    /// <summary>
    /// Row weights = dataset weights × class weights (either may be absent); null when every weight is 1, so the
    /// fitting loops can skip the multiplications. Weights must be finite, non-negative and not all zero.
    /// </summary>
    public static double[]? CombineWeights(Dataset data, ClassWeighting? classWeights, double[]? classes, int[]? classIndex)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[]? result = data.Weights is null ? null : (double[])data.Weights.Clone();
        if (classWeights is not null && classes is not null && classIndex is not null)
        {
            var perClass = classWeights.Resolve(classes, classIndex);
            result ??= Enumerable.Repeat(1.0, data.Rows).ToArray();
            for (var i = 0; i < result.Length; i++) result[i] *= perClass[classIndex[i]];
        }

        if (result is null) return null;
        var total = 0.0;
        var allOne = true;
        for (var i = 0; i < result.Length; i++)
        {
            var w = result[i];
            if (!(w >= 0) || double.IsInfinity(w)) throw new ArgumentException($"weight of row {i} is {w}; weights must be finite and non-negative", nameof(data));
            total += w;
            allOne &= w == 1.0;
        }

        if (!(total > 0)) throw new ArgumentException("the sample weights sum to zero", nameof(data));
        return allOne ? null : result;
    }
}
