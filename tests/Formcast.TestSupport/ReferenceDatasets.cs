using System.Globalization;
using System.IO.Compression;

namespace Formcast.TestSupport;

/// <summary>A small benchmark table: features row by row and the target.</summary>
public sealed record ReferenceDataset(string Name, double[][] Features, double[] Target);

/// <summary>
/// The classic benchmark tables bundled with Debian's <c>python3-sklearn</c> package (iris, wine, breast cancer,
/// digits, diabetes), read in place from the package's data folder so the parity tests see exactly the rows the
/// reference scripts in <c>bench/parity</c> fed to scikit-learn, LIBSVM and XGBoost. Diabetes is the raw
/// (unscaled) table, i.e. <c>load_diabetes(scaled=False)</c>. The folder can be moved with FORMCAST_SKLEARN_DATA.
/// Absent package: the test skips, or fails under CI (scripts/test.sh installs it).
/// </summary>
public static class ReferenceDatasets
{
    public const string DefaultFolder = "/usr/lib/python3/dist-packages/sklearn/datasets/data";

    public static string Folder =>
        Environment.GetEnvironmentVariable("FORMCAST_SKLEARN_DATA") is { Length: > 0 } custom ? custom : DefaultFolder;

    public static ReferenceDataset Iris() => LoadWithHeader("iris", "iris.csv");

    public static ReferenceDataset Wine() => LoadWithHeader("wine", "wine_data.csv");

    public static ReferenceDataset BreastCancer() => LoadWithHeader("breast_cancer", "breast_cancer.csv");

    public static ReferenceDataset Digits()
    {
        var rows = ReadLines("digits.csv.gz").Select(l => ParseRow(l, ',')).ToArray();
        return new ReferenceDataset("digits", rows.Select(r => r[..^1]).ToArray(), rows.Select(r => r[^1]).ToArray());
    }

    public static ReferenceDataset Diabetes()
    {
        var x = ReadLines("diabetes_data_raw.csv.gz").Select(l => ParseRow(l, ' ')).ToArray();
        var y = ReadLines("diabetes_target.csv.gz").Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(x.Length, y.Length);
        return new ReferenceDataset("diabetes", x, y);
    }

    /// <summary>Loads a table by name: iris, wine, breast_cancer, digits or diabetes.</summary>
    public static ReferenceDataset Load(string name) => name switch
    {
        "iris" => Iris(),
        "wine" => Wine(),
        "breast_cancer" => BreastCancer(),
        "digits" => Digits(),
        "diabetes" => Diabetes(),
        _ => throw new ArgumentException($"unknown reference dataset '{name}'", nameof(name)),
    };

    private static ReferenceDataset LoadWithHeader(string name, string file)
    {
        var lines = ReadLines(file).ToArray();
        var header = lines[0].Split(',');
        var samples = int.Parse(header[0], CultureInfo.InvariantCulture);
        var rows = lines.Skip(1).Select(l => ParseRow(l, ',')).ToArray();
        Assert.Equal(samples, rows.Length);
        return new ReferenceDataset(name, rows.Select(r => r[..^1]).ToArray(), rows.Select(r => r[^1]).ToArray());
    }

    private static List<string> ReadLines(string file)
    {
        var path = Path.Combine(Folder, file);
        if (!File.Exists(path))
        {
            if (Ci.IsCi) Assert.Fail($"{path} is required under CI (Debian package python3-sklearn; scripts/test.sh installs it).");
            Assert.Skip($"{path} not found: install Debian's python3-sklearn to run the parity tests.");
        }

        using var stream = File.OpenRead(path);
        using Stream text = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(text);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) result.Add(line);
        }

        return result;
    }

    private static double[] ParseRow(string line, char separator) =>
        line.Split(separator, StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
}
