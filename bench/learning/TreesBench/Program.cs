using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Formcast.Learning;

// Times Formcast's tree-family learners on a table written by bench/learning/trees_bench.py and prints one line
// of JSON per measurement. Usage:
//   TreesBench <data.bin> <model> [key=value ...]
// data.bin: int32 rows, int32 columns, int32 classification (0/1), rows×columns float64 row-major, rows float64
// targets, then int32 test rows and that many int32 test indices (the rest is training data).
// model: rf | gbt; options: trees, depth, max_features, rounds, eta, bins, threads, repeat, warmup, predict=rows.
// A warm-up fit on the first 2,000 training rows and a prediction of 2,000 test rows (not timed) compile the code
// paths first, as the Python peers are warm after import.
var options = args.Skip(2).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
int Int(string key, int fallback) => options.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
double Real(string key, double fallback) => options.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

var (train, test, classification) = Table.Read(args[0]);
var threads = Int("threads", 0);
var repeat = Int("repeat", 1);
var model = args[1];
if (Int("warmup", 1) == 1)
{
    // Fit and predict once on small slices so both code paths are compiled before timing.
    var warm = Fit(train.Subset(Enumerable.Range(0, Math.Min(2000, train.Rows)).ToArray()), 0);
    var slice = test.Subset(Enumerable.Range(0, Math.Min(2000, test.Rows)).ToArray());
    if (warm is IClassifier c) c.PredictPositiveProbability(slice.Features);
    else ((IRegressor)warm).Predict(slice.Features, new double[slice.Rows]);
}

for (var run = 0; run < repeat; run++)
{
    var clock = Stopwatch.StartNew();
    var cpu = Environment.CpuUsage.TotalTime;
    var fitted = Fit(train, run);
    var fitSeconds = clock.Elapsed.TotalSeconds;
    var fitCpu = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
    clock.Restart();
    cpu = Environment.CpuUsage.TotalTime;
    if (fitted is IClassifier classifier)
    {
        var p = options.GetValueOrDefault("predict") == "rows" ? RowByRow(classifier) : classifier.PredictPositiveProbability(test.Features);
        var predictSeconds = clock.Elapsed.TotalSeconds;
        var predictCpu = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        Report(fitSeconds, fitCpu, predictSeconds, predictCpu, "auc", Metrics.Auc(test.Target, p, classifier.Classes[1]));
    }
    else
    {
        var regressor = (IRegressor)fitted;
        var p = new double[test.Rows];
        regressor.Predict(test.Features, p);
        var predictSeconds = clock.Elapsed.TotalSeconds;
        var predictCpu = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        Report(fitSeconds, fitCpu, predictSeconds, predictCpu, "r2", Metrics.R2(test.Target, p));
    }
}

// The single-row path, for comparison with the models' batch prediction (option predict=rows).
double[] RowByRow(IClassifier classifier)
{
    var result = new double[test.Rows];
    Span<double> p = stackalloc double[classifier.Classes.Count];
    for (var r = 0; r < test.Rows; r++)
    {
        classifier.PredictProbabilities(test.Features.Row(r), p);
        result[r] = p[^1];
    }

    return result;
}

IModel Fit(Dataset data, int run) => model switch
    {
        "rf" when classification => new RandomForestClassifier(Forest(run)).Fit(data),
        "rf" => new RandomForestRegressor(Forest(run)).Fit(data),
        "gbt" when classification => new GradientBoostingClassifier(Boosting(run)).Fit(data),
        "gbt" => new GradientBoostingRegressor(Boosting(run)).Fit(data),
        _ => throw new ArgumentException($"unknown model {model}"),
    };

RandomForestOptions Forest(int run) => new()
{
    TreeCount = Int("trees", 100),
    MaxDepth = options.ContainsKey("depth") ? Int("depth", 0) : null,
    MaxFeatures = options.ContainsKey("max_features") ? MaxFeatures.Fraction(Real("max_features", 1)) : null,
    MaxDegreeOfParallelism = threads,
    Seed = (ulong)run,
};

GradientBoostingOptions Boosting(int run) => new()
{
    Rounds = Int("rounds", 100),
    MaxDepth = Int("depth", 6),
    LearningRate = Real("eta", 0.3),
    MaxBins = Int("bins", 255),
    MaxDegreeOfParallelism = threads,
    Seed = (ulong)run,
};

void Report(double fit, double fitCpu, double predict, double predictCpu, string metricName, double metric) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"tool\":\"formcast\",\"model\":\"{model}\",\"fit_seconds\":{fit:R},\"fit_cpu_seconds\":{fitCpu:R},\"predict_seconds\":{predict:R},\"predict_cpu_seconds\":{predictCpu:R},\"{metricName}\":{metric:R}}}"));

internal static class Table
{
    public static (Dataset Train, Dataset Test, bool Classification) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        int NextInt()
        {
            var v = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            position += 4;
            return v;
        }

        double NextDouble()
        {
            var v = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(position));
            position += 8;
            return v;
        }

        var rows = NextInt();
        var columns = NextInt();
        var classification = NextInt() == 1;
        var x = new double[rows * columns];
        for (var i = 0; i < x.Length; i++) x[i] = NextDouble();
        var y = new double[rows];
        for (var i = 0; i < rows; i++) y[i] = NextDouble();
        var testCount = NextInt();
        var isTest = new bool[rows];
        for (var i = 0; i < testCount; i++) isTest[NextInt()] = true;
        var all = new Dataset(new Matrix(rows, columns, x), y);
        var trainRows = Enumerable.Range(0, rows).Where(r => !isTest[r]).ToArray();
        var testRows = Enumerable.Range(0, rows).Where(r => isTest[r]).ToArray();
        return (all.Subset(trainRows), all.Subset(testRows), classification);
    }
}

internal static class Metrics
{
    public static double R2(double[] truth, double[] predicted)
    {
        var mean = truth.Average();
        double residual = 0, total = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }

        return 1 - (residual / total);
    }

    public static double Auc(double[] truth, double[] score, double positive)
    {
        var order = Enumerable.Range(0, truth.Length).OrderBy(i => score[i]).ToArray();
        var ranks = new double[truth.Length];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && score[order[j + 1]] == score[order[i]]) j++;
            for (var k = i; k <= j; k++) ranks[order[k]] = ((i + j) / 2.0) + 1;
            i = j + 1;
        }

        double positives = 0, rankSum = 0;
        for (var i = 0; i < truth.Length; i++)
        {
            if (truth[i] != positive) continue;
            positives++;
            rankSum += ranks[i];
        }

        return (rankSum - (positives * (positives + 1) / 2)) / (positives * (truth.Length - positives));
    }
}
