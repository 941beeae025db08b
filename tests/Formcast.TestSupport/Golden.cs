namespace Formcast.TestSupport;

/// <summary>
/// Golden files for human-facing output (tables, reports, JSON). The expected text lives under
/// <c>tests/&lt;project&gt;/Golden/</c>; set FORMCAST_UPDATE_GOLDEN=1 to rewrite them after a deliberate change,
/// then review the diff.
/// </summary>
public static class Golden
{
    public static void Match(string testProject, string name, string actual)
    {
        var path = RepositoryPaths.Path(System.IO.Path.Combine("tests", testProject, "Golden", name));
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("FORMCAST_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalised);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with FORMCAST_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == normalised) return;

        var e = expected.Split('\n');
        var a = normalised.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al) Assert.Fail($"{name} differs from golden at line {i + 1}:\n expected: {el}\n actual:   {al}");
        }
    }
}
