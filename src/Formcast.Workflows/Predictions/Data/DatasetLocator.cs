namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// Where each dataset lives inside the shared corpus (<c>shared/corpus/datasets</c> beside the repository) and how to
/// find it: the datasets folder is searched for in each start directory and its ancestors.
/// </summary>
internal static class DatasetLocator
{
    /// <summary>The path of <paramref name="dataset"/> inside the datasets folder (a folder or a file).</summary>
    public static string RelativePath(PredictionDataset dataset) => dataset switch
    {
        PredictionDataset.PmData => Path.Combine("pmdata", "data"),
        PredictionDataset.Jovanovic => Path.Combine("jovanovic-hamstring", "data", "Raw Data sample.csv"),
        PredictionDataset.Athlinks => Path.Combine("athlinks-personal-bests", "data", "pb_data_pseudonymised.csv"),
        PredictionDataset.ExsciData => Path.Combine("exscidata-cycling-xc", "data"),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "unknown dataset"),
    };

    /// <summary>The dataset's default location, or null when no datasets folder holding it is found.</summary>
    /// <param name="dataset">Which dataset.</param>
    /// <param name="datasetsFolder">An explicit datasets folder (e.g. from an environment variable), tried first.</param>
    /// <param name="startDirectories">Directories whose ancestors may hold <c>shared/corpus/datasets</c>.</param>
    public static string? Find(PredictionDataset dataset, string? datasetsFolder, IEnumerable<string> startDirectories)
    {
        var relative = RelativePath(dataset);
        if (datasetsFolder is { Length: > 0 } && Exists(Path.Combine(datasetsFolder, relative))) return Path.Combine(datasetsFolder, relative);
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus", "datasets", relative);
                if (Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
