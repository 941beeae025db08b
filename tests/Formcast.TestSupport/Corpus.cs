namespace Formcast.TestSupport;

/// <summary>
/// Locates the shared test corpus (<c>../shared/corpus</c> beside the repository). Tests read files in place;
/// nothing from the corpus is ever copied into the repository. When the folder is absent the corpus tests
/// skip, except under CI, where its absence is a failure.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpus root, or null when it is not beside the repository.</summary>
    public static string? RootOrNull => Root.Value;

    /// <summary>The corpus root; skips the calling test when absent (fails under CI).</summary>
    public static string RequireRoot()
    {
        if (Root.Value is { } root) return root;
        if (Ci.IsCi) Assert.Fail("The shared corpus (../shared/corpus) is required under CI but was not found.");
        Assert.Skip("The shared corpus (../shared/corpus) is not present.");
        return "";
    }

    /// <summary>Full path of a corpus file given relative to the corpus root, e.g. "formats/fit/...".</summary>
    public static string Path(string relative) => System.IO.Path.Combine(RequireRoot(), relative);

    private static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("FORMCAST_CORPUS") is { Length: > 0 } fromEnv && Directory.Exists(fromEnv))
            return System.IO.Path.GetFullPath(fromEnv);

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
