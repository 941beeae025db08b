using System.Globalization;
using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.Trees;

/// <summary>A parity table with the train/test rows chosen by bench/parity/trees.py.</summary>
public sealed record ParityTable(string Name, bool Classification, Dataset All, int[] TrainRows, int[] TestRows)
{
    public Dataset Train => All.Subset(TrainRows);

    public Dataset Test => All.Subset(TestRows);
}

/// <summary>
/// Loads the tables of the tree parity suite exactly as bench/parity/trees.py does: scikit-learn's bundled tables
/// through <see cref="ReferenceDatasets"/>, and two athlete tables read in place from the corpus (jovanovic-hamstring
/// injury within 21 days, split by athlete with the author's Data.Split column; PMData readiness, split by participant).
/// Row indices come from the committed fixture splits.json.
/// </summary>
public static class ParityTables
{
    public const string FixtureFolder = "tests/Formcast.Learning.Tests/Fixtures/trees";

    private static readonly Lazy<JsonDocument> Splits = new(() => Fixture("splits.json"));

    public static JsonDocument Fixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Path(Path.Combine(FixtureFolder, name))));

    /// <summary>The "cases" array of a fixture.</summary>
    public static JsonElement[] Cases(string fixture) =>
        Fixture(fixture).RootElement.GetProperty("cases").EnumerateArray().ToArray();

    /// <summary>0 … count − 1 as theory rows, one per fixture case.</summary>
    public static TheoryData<int> Indices(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++) data.Add(i);
        return data;
    }

    public static ParityTable Load(string name)
    {
        var split = Splits.Value.RootElement.GetProperty("tables").GetProperty(name);
        var train = split.GetProperty("train").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var test = split.GetProperty("test").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var classification = split.GetProperty("task").GetString() == "classification";
        var all = name switch
        {
            "jovanovic_injury21" => Jovanovic(split.GetProperty("features").EnumerateArray().Select(e => e.GetString()!).ToArray()),
            "pmdata_readiness" => PmData(),
            _ => Bundled(name),
        };
        return new ParityTable(name, classification, all, train, test);
    }

    private static Dataset Bundled(string name)
    {
        var data = ReferenceDatasets.Load(name);
        return new Dataset(Matrix.FromRows(data.Features), data.Target);
    }

    private static Dataset Jovanovic(string[] features)
    {
        var lines = File.ReadAllLines(Corpus.Path("datasets/jovanovic-hamstring/data/Prepared Data sample.csv"));
        var header = SplitCsv(lines[0]);
        var columns = features.Select(f => Array.IndexOf(header, f)).ToArray();
        Assert.DoesNotContain(-1, columns);
        var target = Array.IndexOf(header, "Injury21");
        var player = Array.IndexOf(header, "Player.Name");
        var rows = new List<double[]>();
        var y = new List<double>();
        var groups = new List<int>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = SplitCsv(line);
            rows.Add(columns.Select(c => double.Parse(cells[c], CultureInfo.InvariantCulture)).ToArray());
            y.Add(cells[target] == "Injured" ? 1 : 0);
            groups.Add(int.Parse(cells[player]["Athlete ".Length..], CultureInfo.InvariantCulture));
        }

        return new Dataset(Matrix.FromRows(rows), y.ToArray(), features, groups.ToArray());
    }

    private static Dataset PmData()
    {
        string[] features = ["fatigue", "mood", "sleep_duration_h", "sleep_quality", "soreness", "stress"];
        var root = Corpus.Path("datasets/pmdata/data");
        var rows = new List<double[]>();
        var y = new List<double>();
        var groups = new List<int>();
        var participants = Directory.GetDirectories(root, "p??").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            var lines = File.ReadAllLines(Path.Combine(root, participant!, "pmsys", "wellness.csv"));
            var header = SplitCsv(lines[0]);
            var columns = features.Select(f => Array.IndexOf(header, f)).ToArray();
            var readiness = Array.IndexOf(header, "readiness");
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var cells = SplitCsv(line);
                rows.Add(columns.Select(c => double.Parse(cells[c], CultureInfo.InvariantCulture)).ToArray());
                y.Add(double.Parse(cells[readiness], CultureInfo.InvariantCulture));
                groups.Add(int.Parse(participant![1..], CultureInfo.InvariantCulture));
            }
        }

        return new Dataset(Matrix.FromRows(rows), y.ToArray(), features, groups.ToArray());
    }

    /// <summary>Splits a CSV line whose quoted cells hold no commas (true of both corpus files used here), but
    /// keeps PMData's bracketed soreness-area lists, which do, in one cell.</summary>
    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] == '[') depth++;
            if (i < line.Length && line[i] == ']') depth--;
            if (i == line.Length || (line[i] == ',' && depth == 0))
            {
                cells.Add(line[start..i].Trim('"'));
                start = i + 1;
            }
        }

        return cells.ToArray();
    }
}
