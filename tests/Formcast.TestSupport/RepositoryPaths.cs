namespace Formcast.TestSupport;

/// <summary>Paths inside the repository, found from the test binary's location.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Formcast.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException("Formcast.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding Formcast.slnx).</summary>
    public static string Root => RootLazy.Value;

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
