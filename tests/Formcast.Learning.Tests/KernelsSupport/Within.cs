using System.Globalization;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>Element-wise comparisons that name the first offending index.</summary>
internal static class Within
{
    /// <summary>|expected − actual| ≤ tolerance for every element.</summary>
    public static void Absolute(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var difference = Math.Abs(expected[i] - actual[i]);
            if (!(difference <= tolerance))
                Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (|Δ| = {difference:G3} > {tolerance:G3})"));
        }
    }

    /// <summary>|expected − actual| ≤ tolerance · max(1, max|expected|) for every element.</summary>
    public static void Scaled(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what)
    {
        var scale = 1.0;
        foreach (var v in expected) scale = Math.Max(scale, Math.Abs(v));
        Absolute(expected, actual, tolerance * scale, what);
    }

    public static double MaxDifference(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual)
    {
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++) worst = Math.Max(worst, Math.Abs(expected[i] - actual[i]));
        return worst;
    }
}
