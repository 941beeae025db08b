namespace Formcast.Benchmarks.Fit;

/// <summary>Finds the shared corpus (FORMCAST_CORPUS, or ../shared/corpus above the working directory) and its FIT files.</summary>
internal static class FitCorpusFiles
{
    public static string Root(string? given = null)
    {
        if (given is { Length: > 0 }) return Path.GetFullPath(given);
        if (Environment.GetEnvironmentVariable("FORMCAST_CORPUS") is { Length: > 0 } fromEnv) return Path.GetFullPath(fromEnv);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/corpus not found; set FORMCAST_CORPUS or pass --corpus");
    }

    /// <summary>The distinct FIT files (by content) under formats/fit, as (relative path, bytes), in path order.</summary>
    public static List<(string Name, byte[] Bytes)> Load(string corpusRoot)
    {
        var fit = Path.Combine(corpusRoot, "formats", "fit");
        return Directory.EnumerateFiles(fit, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetRelativePath(fit, p), Bytes: File.ReadAllBytes(p)))
            .DistinctBy(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes)))
            .ToList();
    }
}
