using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Formcast.Learning;
using Formcast.Learning.Clustering;
using Formcast.Learning.Decomposition;
using Formcast.Learning.Linear;
using Formcast.Learning.Selection;
using Formcast.Learning.Svm;

// Usage: Formcast.Bench.Kernels <task> <train.svm> <test.svm|-> <repetitions> <threads> [key=value ...]
// Prints one JSON object: fit wall-clock and process CPU times and predict times in milliseconds (one per repetition,
// after one warm-up run) and a quality number for a sanity check against the reference tools.
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: <task> <train> <test|-> <repetitions> <threads> [key=value ...]");
    return 2;
}

var task = args[0];
var train = LibsvmFile.Read(args[1]);
var test = args[2] == "-" ? null : LibsvmFile.Read(args[2], train.Features.Columns);
var repetitions = int.Parse(args[3], CultureInfo.InvariantCulture);
var threads = int.Parse(args[4], CultureInfo.InvariantCulture);
var settings = args.Skip(5).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
double Setting(string key, double fallback) => settings.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
KernelKind Kernel() => settings.GetValueOrDefault("kernel", "rbf") switch { "linear" => KernelKind.Linear, "poly" => KernelKind.Polynomial, _ => KernelKind.Rbf };

Func<object> fit;
Func<object, double> predict;
switch (task)
{
    case "svc":
        var svc = new SvmClassifierLearner(new SvmClassifierOptions
        {
            Kernel = Kernel(), C = Setting("C", 1), Gamma = KernelGamma.Of(Setting("gamma", 0.1)),
            Probability = Setting("probability", 0) > 0, MaxDegreeOfParallelism = threads, CacheSizeMegabytes = Setting("cache", 200),
        });
        fit = () => svc.Fit(train);
        predict = m => Accuracy(((SvmClassifierModel)m).PredictLabels(test!.Features, threads), test.Target);
        break;
    case "svr":
        var svr = new SvrLearner(new SvrOptions
        {
            Kernel = Kernel(), C = Setting("C", 1), Epsilon = Setting("epsilon", 0.1), Gamma = KernelGamma.Of(Setting("gamma", 0.1)),
            MaxDegreeOfParallelism = threads, CacheSizeMegabytes = Setting("cache", 200),
        });
        fit = () => svr.Fit(train);
        predict = m => MeanSquaredError(((SvrModel)m).PredictAll(test!.Features, threads), test.Target);
        break;
    case "logistic":
        var logistic = new LogisticRegressionLearner(new LogisticRegressionOptions
        {
            C = Setting("C", 1), Penalty = Setting("l1", 0) > 0 ? LogisticPenalty.L1 : LogisticPenalty.L2,
            MaxDegreeOfParallelism = threads, Tolerance = Setting("tol", 1e-8),
        });
        fit = () => logistic.Fit(train);
        predict = m => Accuracy(Enumerable.Range(0, test!.Rows).Select(i => ((IClassifier)m).PredictLabel(test.Features.Row(i))).ToArray(), test.Target);
        break;
    case "linear":
        var linear = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = Setting("alpha", 0), MaxDegreeOfParallelism = threads });
        fit = () => linear.Fit(train);
        predict = m =>
        {
            var p = new double[test!.Rows];
            ((IRegressor)m).Predict(test.Features, p);
            return MeanSquaredError(p, test.Target);
        };
        break;
    case "kmeans":
        var kmeans = new KMeansLearner(new KMeansOptions { Clusters = (int)Setting("k", 8), Starts = (int)Setting("starts", 10), MaxDegreeOfParallelism = threads });
        fit = () => kmeans.Fit(train.Features);
        predict = m => ((KMeansModel)m).Inertia;
        break;
    case "agglomerative":
        var agglomerative = new AgglomerativeClustering(new AgglomerativeOptions { MaxDegreeOfParallelism = threads });
        fit = () => agglomerative.Fit(train.Features);
        predict = m => ((Dendrogram)m).Merges[^1].Height;
        break;
    case "pca":
        var pca = new PrincipalComponentAnalysis(new PcaOptions { Components = (int)Setting("components", 0), MaxDegreeOfParallelism = threads });
        fit = () => pca.Fit(train.Features);
        predict = m => ((PcaModel)m).ExplainedVarianceRatio[0];
        break;
    case "rfe":
        var rfe = new RecursiveFeatureElimination<LogisticRegressionModel>(
            new LogisticRegressionLearner(new LogisticRegressionOptions { C = Setting("C", 1), MaxDegreeOfParallelism = threads }),
            new RfeOptions { FeaturesToSelect = (int)Setting("select", 10), Step = Setting("step", 1) });
        fit = () => rfe.Fit(train);
        predict = m => ((RfeResult<LogisticRegressionModel>)m).SelectedColumns.Length;
        break;
    default:
        Console.Error.WriteLine($"unknown task {task}");
        return 2;
}

if (test is null && task is "svc" or "svr" or "logistic" or "linear") predict = _ => double.NaN;

var fitTimes = new List<double>();
var fitCpuTimes = new List<double>();
var predictTimes = new List<double>();
using var process = Process.GetCurrentProcess();
double quality = double.NaN;
for (var r = 0; r <= repetitions; r++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var model = fit();
    var fitMs = watch.Elapsed.TotalMilliseconds;
    process.Refresh();
    var fitCpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    watch.Restart();
    quality = predict(model);
    var predictMs = watch.Elapsed.TotalMilliseconds;
    if (r == 0) continue; // warm-up: JIT compilation
    fitTimes.Add(fitMs);
    fitCpuTimes.Add(fitCpuMs);
    predictTimes.Add(predictMs);
}

Console.WriteLine(JsonSerializer.Serialize(new { task, fitMs = fitTimes, fitCpuMs = fitCpuTimes, predictMs = predictTimes, quality },
    new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
return 0;

static double Accuracy(double[] predicted, double[] truth) => predicted.Zip(truth).Count(p => p.First == p.Second) / (double)truth.Length;

static double MeanSquaredError(double[] predicted, double[] truth) => predicted.Zip(truth).Average(p => (p.First - p.Second) * (p.First - p.Second));

/// <summary>Reads LIBSVM's sparse text format ("label index:value ...", 1-based indices) into dense rows.</summary>
internal static class LibsvmFile
{
    public static Dataset Read(string path, int columns = 0)
    {
        var labels = new List<double>();
        var rows = new List<(int Index, double Value)[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            labels.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
            var entries = new (int, double)[parts.Length - 1];
            for (var k = 1; k < parts.Length; k++)
            {
                var colon = parts[k].IndexOf(':', StringComparison.Ordinal);
                var index = int.Parse(parts[k].AsSpan(0, colon), CultureInfo.InvariantCulture) - 1;
                entries[k - 1] = (index, double.Parse(parts[k].AsSpan(colon + 1), CultureInfo.InvariantCulture));
                columns = Math.Max(columns, index + 1);
            }

            rows.Add(entries);
        }

        var matrix = new Matrix(rows.Count, columns);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (index, value) in rows[i]) matrix[i, index] = value;
        }

        return new Dataset(matrix, labels.ToArray());
    }
}
