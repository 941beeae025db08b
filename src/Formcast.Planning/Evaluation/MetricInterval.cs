using System.Globalization;

namespace Formcast.Planning;

/// <summary>A mean over seeds with its 95 % confidence interval (Student's t with n − 1 degrees of freedom).</summary>
public readonly record struct MetricInterval(double Mean, double Low, double High, int Count)
{
    /// <summary>Two-sided 97.5 % quantiles of Student's t for 1–30 degrees of freedom (standard tables).</summary>
    private static readonly double[] T975 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>Mean and t-interval of <paramref name="values"/> (NaN values are skipped; one value gives a NaN interval).</summary>
    public static MetricInterval From(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var v = values.Where(double.IsFinite).ToArray();
        if (v.Length == 0) return new MetricInterval(double.NaN, double.NaN, double.NaN, 0);
        var mean = v.Average();
        if (v.Length == 1) return new MetricInterval(mean, double.NaN, double.NaN, 1);
        var sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
        var t = v.Length - 1 <= T975.Length ? T975[v.Length - 2] : 1.96;
        var half = t * sd / Math.Sqrt(v.Length);
        return new MetricInterval(mean, mean - half, mean + half, v.Length);
    }

    /// <summary>"12.3 [10.1, 14.5]" with <paramref name="format"/> for each number ("—" when undefined).</summary>
    public string Format(string format = "0.00")
    {
        if (double.IsNaN(Mean)) return "—";
        var mean = Mean.ToString(format, CultureInfo.InvariantCulture);
        return double.IsNaN(Low) ? mean : $"{mean} [{Low.ToString(format, CultureInfo.InvariantCulture)}, {High.ToString(format, CultureInfo.InvariantCulture)}]";
    }
}
