namespace Formcast.Learning;

/// <summary>
/// Per-class weights multiplied into the sample weights before fitting. <see cref="Balanced"/> follows
/// scikit-learn's <c>class_weight="balanced"</c>: weight of class c = n / (k × n_c), for n rows and k classes.
/// </summary>
public sealed record ClassWeighting
{
    private ClassWeighting(bool balanced, IReadOnlyDictionary<double, double>? weights)
    {
        IsBalanced = balanced;
        Weights = weights;
    }

    /// <summary>Weights inversely proportional to class frequency.</summary>
    public static ClassWeighting Balanced { get; } = new(true, null);

    public bool IsBalanced { get; }

    /// <summary>Explicit weights by class label; classes not listed keep weight 1.</summary>
    public IReadOnlyDictionary<double, double>? Weights { get; }

    public static ClassWeighting Explicit(IReadOnlyDictionary<double, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return new ClassWeighting(false, new Dictionary<double, double>(weights));
    }

    /// <summary>Throws naming <paramref name="option"/> when a weight is negative or not finite.</summary>
    public void Validate(string option)
    {
        if (Weights is null) return;
        foreach (var (label, weight) in Weights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
                throw new ArgumentOutOfRangeException(option, weight, $"{option}: weight of class {label} must be zero or a positive finite number");
        }
    }

    /// <summary>The weight of each class in <paramref name="classes"/> given each row's class index.</summary>
    public double[] Resolve(IReadOnlyList<double> classes, ReadOnlySpan<int> classIndex)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var result = new double[classes.Count];
        if (IsBalanced)
        {
            var counts = new int[classes.Count];
            foreach (var c in classIndex) counts[c]++;
            for (var c = 0; c < result.Length; c++)
                result[c] = counts[c] == 0 ? 0 : (double)classIndex.Length / (classes.Count * (double)counts[c]);
            return result;
        }

        for (var c = 0; c < result.Length; c++)
            result[c] = Weights is not null && Weights.TryGetValue(classes[c], out var w) ? w : 1.0;
        return result;
    }
}
