using System.Globalization;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>
/// The comparisons made for one reference case: each records the worst deviation found and the tolerance it must
/// stay within, so the same numbers drive the assertions and the table in docs/parity/kernels.md.
/// </summary>
internal sealed class ParityCheck
{
    private readonly List<Comparison> _comparisons = [];

    public ParityCheck(string area, string name, string reference)
    {
        Area = area;
        Name = name;
        Reference = reference;
    }

    public string Area { get; }

    public string Name { get; }

    public string Reference { get; }

    public IReadOnlyList<Comparison> Comparisons => _comparisons;

    public bool Passed => _comparisons.All(c => c.Passed);

    /// <summary>max |expected − actual| ≤ tolerance.</summary>
    public void Absolute(string quantity, ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance)
    {
        var worst = expected.Length == actual.Length ? Within.MaxDifference(expected, actual) : double.PositiveInfinity;
        _comparisons.Add(new Comparison(quantity, worst, tolerance, "abs", worst <= tolerance));
    }

    /// <summary>max |expected − actual| / max(1, max|expected|) ≤ tolerance.</summary>
    public void Relative(string quantity, ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance)
    {
        var scale = 1.0;
        foreach (var v in expected) scale = Math.Max(scale, Math.Abs(v));
        var worst = expected.Length == actual.Length ? Within.MaxDifference(expected, actual) / scale : double.PositiveInfinity;
        _comparisons.Add(new Comparison(quantity, worst, tolerance, "rel", worst <= tolerance));
    }

    /// <summary>Identical sequences; the deviation is the number of differing positions.</summary>
    public void Identical<T>(string quantity, IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        var differing = expected.Count == actual.Count
            ? expected.Zip(actual).Count(p => !EqualityComparer<T>.Default.Equals(p.First, p.Second))
            : Math.Max(expected.Count, actual.Count);
        _comparisons.Add(new Comparison(quantity, differing, 0, "count", differing == 0));
    }

    /// <summary>At most <paramref name="allowed"/> positions differ.</summary>
    public void Mismatches(string quantity, int differing, int allowed) =>
        _comparisons.Add(new Comparison(quantity, differing, allowed, "count", differing <= allowed));

    public void AssertPassed()
    {
        var failures = _comparisons.Where(c => !c.Passed).Select(c => c.Describe()).ToArray();
        if (failures.Length > 0) Assert.Fail($"{Name}: " + string.Join("; ", failures));
    }

    internal sealed record Comparison(string Quantity, double Worst, double Tolerance, string Kind, bool Passed)
    {
        public string Describe() => Kind switch
        {
            "count" => string.Create(CultureInfo.InvariantCulture, $"{Quantity}: {Worst:0} differ (allowed {Tolerance:0})"),
            "rel" => string.Create(CultureInfo.InvariantCulture, $"{Quantity}: rel {Worst:0.0e+0} (≤ {Tolerance:0e+0})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Quantity}: {Worst:0.0e+0} (≤ {Tolerance:0e+0})"),
        };
    }
}
