using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>
/// Reference outputs written by <c>bench/parity/kernels.py</c> (scikit-learn 1.2.1, SciPy, LIBSVM 3.24) into
/// <c>tests/Formcast.Learning.Tests/Fixtures/kernels/*.json</c>, one JSON object per case.
/// </summary>
internal static class KernelFixtures
{
    private static readonly Dictionary<string, JsonElement[]> Cache = [];
    private static readonly Lock Gate = new();

    public static JsonElement[] Cases(string file)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(file, out var cached)) return cached;
            var path = RepositoryPaths.Path(Path.Combine("tests", "Formcast.Learning.Tests", "Fixtures", "kernels", file));
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var cases = document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToArray();
            Cache[file] = cases;
            return cases;
        }
    }

    /// <summary>Names of the cases in <paramref name="file"/> whose "model" is <paramref name="model"/>, for
    /// [MemberData].</summary>
    public static TheoryData<string> Names(string file, string model)
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases(file))
        {
            if (c.GetProperty("model").GetString() == model) data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static ParityCase Case(string file, string name) =>
        new(Cases(file).Single(c => c.GetProperty("name").GetString() == name));
}
