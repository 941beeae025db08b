using System.Globalization;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>
/// Reads chosen numeric columns of a CSV table in the shared corpus (in place; skipped when the corpus is absent)
/// and keeps the rows where none of them is "NA" or empty. Quoted fields are unquoted; quoted commas do not occur in
/// the tables used.
/// </summary>
internal static class AthleteTable
{
    public sealed record Loaded(int[] Rows, double[][] Features, double[] Target);

    public static Loaded Read(string relativePath, string[] features, string target)
    {
        var path = Corpus.Path(Path.Combine("datasets", relativePath));
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var columns = features.Select(f => Array.IndexOf(header, f)).ToArray();
        var targetColumn = Array.IndexOf(header, target);
        Assert.DoesNotContain(-1, columns);
        Assert.NotEqual(-1, targetColumn);

        var rows = new List<int>();
        var x = new List<double[]>();
        var y = new List<double>();
        for (var line = 1; line < lines.Length; line++)
        {
            if (lines[line].Length == 0) continue;
            var fields = Split(lines[line]);
            var needed = columns.Append(targetColumn).Select(c => fields[c]).ToArray();
            if (needed.Any(v => v is "NA" or "")) continue;
            rows.Add(line - 1);
            x.Add(columns.Select(c => double.Parse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray());
            y.Add(double.Parse(fields[targetColumn], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new Loaded(rows.ToArray(), x.ToArray(), y.ToArray());
    }

    private static string[] Split(string line) => line.Split(',').Select(f => f.Trim('"')).ToArray();
}
