using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Signals.Tests;

/// <summary>
/// Reads the reference outputs written by <c>bench/parity/signals.py</c> (numpy, scipy, scikit-learn). JSON null
/// stands for NaN.
/// </summary>
internal static class ParityFixtures
{
    public static JsonElement Load(string fileName)
    {
        var path = RepositoryPaths.Path(Path.Combine("bench", "parity", fileName));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static double[] Doubles(this JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble())];

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    /// <summary>Asserts |actual − expected| ≤ relative·|expected| (+ a tiny absolute floor), NaN matching NaN.</summary>
    public static void Close(double expected, double actual, double relative, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual}");
            return;
        }

        var tolerance = (relative * Math.Abs(expected)) + 1e-12;
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance:G3})");
    }

    public static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double relative, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual[i], relative, $"{what}[{i}]");
    }
}
