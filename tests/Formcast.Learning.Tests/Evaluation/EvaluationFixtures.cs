using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>
/// Reads the JSON fixtures written by <c>bench/parity/evaluation.py</c> (scikit-learn 1.2.1, NumPy 1.24, SciPy 1.10)
/// from <c>tests/Formcast.Learning.Tests/Fixtures/evaluation/</c>.
/// </summary>
internal static class EvaluationFixtures
{
    private static readonly AsyncLocal<List<(double Deviation, double Tolerance)>?> Recorder = new();

    /// <summary>Runs <paramref name="test"/> and returns every scaled deviation |e − a| / max(1, |e|) its
    /// <see cref="Close(double, double, double, string)"/> calls saw, with their tolerances (for the parity table).</summary>
    public static List<(double Deviation, double Tolerance)> Record(Action test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var list = new List<(double, double)>();
        Recorder.Value = list;
        try
        {
            test();
        }
        finally
        {
            Recorder.Value = null;
        }

        return list;
    }

    public static JsonElement Load(string name)
    {
        var path = RepositoryPaths.Path(Path.Combine("tests", "Formcast.Learning.Tests", "Fixtures", "evaluation", name));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    public static double[] Doubles(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    /// <summary>A double array, or null when the property is JSON null (e.g. absent weights).</summary>
    public static double[]? DoublesOrNull(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.Doubles(property);

    public static int[] Ints(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static int[]? IntsOrNull(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.Ints(property);

    public static Matrix Matrix(this JsonElement element, string property) =>
        Learning.Matrix.FromRows(element.GetProperty(property).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray());

    public static double Double(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    public static int Int(this JsonElement element, string property) => element.GetProperty(property).GetInt32();

    public static string String(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Asserts |expected − actual| ≤ tolerance·max(1, |expected|) element by element, naming the index.</summary>
    public static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance, string what)
    {
        Assert.True(expected.Length == actual.Length, $"{what}: {actual.Length} values, expected {expected.Length}");
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }

    public static void Close(double expected, double actual, double tolerance, string what)
    {
        var ok = Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)) || (double.IsNaN(expected) && double.IsNaN(actual));
        if (!double.IsNaN(expected)) Recorder.Value?.Add((Math.Abs(expected - actual) / Math.Max(1, Math.Abs(expected)), tolerance));
        Assert.True(ok, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance})");
    }

    /// <summary>A scikit-learn bundled table as a <see cref="Dataset"/>.</summary>
    public static Dataset Reference(string name, Func<int, bool>? rowFilter = null)
    {
        var table = ReferenceDatasets.Load(name);
        var rows = Enumerable.Range(0, table.Target.Length).Where(r => rowFilter?.Invoke(r) ?? true).ToArray();
        return new Dataset(Learning.Matrix.FromRows(rows.Select(r => table.Features[r]).ToArray()), rows.Select(r => table.Target[r]).ToArray());
    }

    /// <summary>The parity scripts' hold-out: rows whose index is a multiple of 3 test, the others train.</summary>
    public static (Dataset Train, Dataset Test) ReferenceSplit(string name) =>
        (Reference(name, r => r % 3 != 0), Reference(name, r => r % 3 == 0));
}
