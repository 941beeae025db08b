using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>
/// One reference case: rebuilds the dataset the script used (a table bundled with scikit-learn or an athlete table
/// read in place from the corpus), its split and its standardisation (mean and population standard deviation of the
/// training rows, or of all rows for clustering; a constant column is divided by 1, as scikit-learn's
/// <c>StandardScaler</c>), and gives typed access to the reference values.
/// </summary>
internal sealed class ParityCase
{
    private readonly JsonElement _json;
    private readonly Lazy<(double[][] X, double[] Y)> _data;
    private readonly Lazy<double[][]> _scaled;

    public ParityCase(JsonElement json)
    {
        _json = json;
        _data = new Lazy<(double[][] X, double[] Y)>(Load);
        _scaled = new Lazy<double[][]>(() => Scale(_data.Value.X));
    }

    public string Name => Text("name");

    public JsonElement Json => _json;

    public int[] Train => Ints("train");

    public int[] Test => Ints("test");

    public double[][] ScaledRows => _scaled.Value;

    public double[] Target => _data.Value.Y;

    public Matrix TrainFeatures => Matrix.FromRows(Train.Select(i => ScaledRows[i]).ToArray());

    public Matrix TestFeatures => Matrix.FromRows(Test.Select(i => ScaledRows[i]).ToArray());

    public Matrix AllFeatures => Matrix.FromRows(ScaledRows);

    public double[] TrainTarget => Train.Select(i => Target[i]).ToArray();

    public double[] TestTarget => Test.Select(i => Target[i]).ToArray();

    /// <summary>The training rows with the case's generated row weights, when it has them.</summary>
    public Dataset TrainSet() =>
        new(TrainFeatures, TrainTarget, weights: Has("sampleWeights") ? Doubles("sampleWeights") : null);

    public bool Has(string property) => _json.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null;

    public string Text(string property) => _json.GetProperty(property).GetString()!;

    public double Number(string property) => _json.GetProperty(property).GetDouble();

    public int Integer(string property) => _json.GetProperty(property).GetInt32();

    public bool Flag(string property) => _json.GetProperty(property).GetBoolean();

    public double[] Doubles(string property) => Doubles(_json.GetProperty(property));

    public int[] Ints(string property) => _json.GetProperty(property).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public double[][] Rows(string property) => _json.GetProperty(property).EnumerateArray().Select(Doubles).ToArray();

    public JsonElement Element(string property) => _json.GetProperty(property);

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private (double[][] X, double[] Y) Load()
    {
        var dataset = Text("dataset");
        if (!Has("table"))
        {
            var reference = ReferenceDatasets.Load(dataset);
            return (reference.Features, reference.Target);
        }

        var table = _json.GetProperty("table");
        var threshold = table.GetProperty("threshold");
        var loaded = AthleteTable.Read(
            table.GetProperty("file").GetString()!,
            table.GetProperty("features").EnumerateArray().Select(e => e.GetString()!).ToArray(),
            table.GetProperty("target").GetString()!);
        var expectedRows = table.GetProperty("rows").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(expectedRows, loaded.Rows);
        var y = threshold.ValueKind == JsonValueKind.Null
            ? loaded.Target
            : loaded.Target.Select(v => v >= threshold.GetDouble() ? 1.0 : 0.0).ToArray();
        return (loaded.Features, y);
    }

    private double[][] Scale(double[][] x)
    {
        if (Text("scale") != "standard") return x;
        var basis = Has("scaleRows") && Text("scaleRows") == "all" ? x : Train.Select(i => x[i]).ToArray();
        var p = x[0].Length;
        var mean = new double[p];
        var std = new double[p];
        for (var j = 0; j < p; j++)
        {
            mean[j] = basis.Average(r => r[j]);
            std[j] = Math.Sqrt(basis.Average(r => (r[j] - mean[j]) * (r[j] - mean[j])));
            if (std[j] == 0) std[j] = 1;
        }

        return x.Select(r => r.Select((v, j) => (v - mean[j]) / std[j]).ToArray()).ToArray();
    }
}
