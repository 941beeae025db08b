namespace Formcast.Learning.Calibration;

/// <summary>
/// A fitted isotonic regression: a piecewise-linear monotone function through (<see cref="Thresholds"/>,
/// <see cref="Values"/>), constant outside the training range (scikit-learn's <c>out_of_bounds="clip"</c>, with
/// SciPy <c>interp1d</c>'s interpolation arithmetic).
/// </summary>
public sealed class IsotonicFunction : IProbabilityMap
{
    internal IsotonicFunction(double[] thresholds, double[] values)
    {
        Thresholds = thresholds;
        Values = values;
    }

    public double[] Thresholds { get; }

    public double[] Values { get; }

    public double Predict(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        var t = Thresholds;
        if (t.Length == 1) return Values[0];
        x = Math.Min(Math.Max(x, t[0]), t[^1]);
        var hi = Array.BinarySearch(t, x);
        hi = hi >= 0 ? LeftmostEqual(t, hi) : ~hi;
        hi = Math.Clamp(hi, 1, t.Length - 1);
        var lo = hi - 1;
        var slope = (Values[hi] - Values[lo]) / (t[hi] - t[lo]);
        return (slope * (x - t[lo])) + Values[lo];
    }

    double IProbabilityMap.Map(double score) => Predict(score);

    void IProbabilityMap.Write(ModelWriter writer)
    {
        writer.WriteDoubles(Thresholds);
        writer.WriteDoubles(Values);
    }

    internal static IsotonicFunction Read(ModelReader reader)
    {
        var thresholds = reader.ReadDoubles("isotonic.thresholds");
        if (thresholds.Length == 0) throw reader.Error("isotonic.thresholds", "no points");
        for (var i = 1; i < thresholds.Length; i++)
        {
            if (!(thresholds[i] > thresholds[i - 1])) throw reader.Error("isotonic.thresholds", $"not increasing at {i}");
        }

        return new IsotonicFunction(thresholds, reader.ReadDoubles("isotonic.values", thresholds.Length));
    }

    private static int LeftmostEqual(double[] t, int index)
    {
        while (index > 0 && t[index - 1] == t[index]) index--;
        return index;
    }
}
