using System.Globalization;
using System.Text;
using System.Text.Json;
using Formcast.Learning.Tests.Clustering;
using Formcast.Learning.Tests.Decomposition;
using Formcast.Learning.Tests.Linear;
using Formcast.Learning.Tests.Selection;
using Formcast.Learning.Tests.Svm;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.KernelsSupport;

/// <summary>
/// Writes docs/parity/kernels.md: every parity case of the linear, SVM, clustering, PCA and RFE fixtures with the
/// worst deviation measured and its tolerance. Run on demand:
/// <c>dotnet run --project tests/Formcast.Learning.Tests -c Release -- -explicit only -class Formcast.Learning.Tests.KernelsSupport.ParityReport</c>
/// </summary>
public sealed class ParityReport
{
    [Fact(Explicit = true)]
    public void WriteParityTable()
    {
        var areas = new (string Title, string File, string Model, Func<string, ParityCheck> Run)[]
        {
            ("Least squares and ridge regression", LinearParity.File, "linear", LinearParity.Regression),
            ("Logistic regression", LinearParity.File, "logistic", LinearParity.Logistic),
            ("C-SVC (LIBSVM and scikit-learn)", SvmParity.File, "svc", SvmParity.Classifier),
            ("ε-SVR (LIBSVM and scikit-learn)", SvmParity.File, "svr", SvmParity.Regressor),
            ("Platt probabilities (metric parity)", SvmParity.File, "svc-probability", SvmParity.Probabilities),
            ("k-means", ClusteringParity.File, "kmeans", ClusteringParity.KMeans),
            ("Agglomerative clustering", ClusteringParity.File, "agglomerative", ClusteringParity.Agglomerative),
            ("PCA", PcaParity.File, "pca", PcaParity.Pca),
            ("Recursive feature elimination", RfeParity.File, "rfe", RfeParity.Rfe),
        };

        var meta = Meta();
        var text = new StringBuilder();
        text.AppendLine("# Parity: linear models, SVM/SVR, clustering, PCA and RFE");
        text.AppendLine();
        text.AppendLine("Formcast.Learning against the reference implementations, case by case. Reference outputs come from");
        text.AppendLine($"`bench/parity/kernels.py` (scikit-learn {meta.GetProperty("sklearn").GetString()}, SciPy {meta.GetProperty("scipy").GetString()}, " +
            $"LIBSVM command-line tools {meta.GetProperty("libsvm").GetString()}), committed under");
        text.AppendLine("`tests/Formcast.Learning.Tests/Fixtures/kernels/`; the same comparisons run as tests in `Formcast.Learning.Tests`");
        text.AppendLine("(`*ParityTests`). This page is regenerated with");
        text.AppendLine();
        text.AppendLine("    dotnet run --project tests/Formcast.Learning.Tests -c Release -- -explicit only -class Formcast.Learning.Tests.KernelsSupport.ParityReport");
        text.AppendLine();
        text.AppendLine("Data: the tables bundled with Debian's python3-sklearn (breast cancer, diabetes, iris, wine, digits; 75/25 split,");
        text.AppendLine("stratified for classes, seed 0) and two athlete tables read in place from the corpus: one runner's Garmin runs");
        text.AppendLine("(`garmin-runner-rhr`, chronological, first 75 % train — a time-forward split; average pace, and \"aerobic training");
        text.AppendLine("effect ≥ 4\" as a class) and the cycling intervention study (`exscidata-cycling-xc/cyclingstudy.csv`, split by");
        text.AppendLine("subject — subjects 4, 8, 12, 16, 20 held out; VO₂max, and a physiological profile for clustering/PCA). The data");
        text.AppendLine("column gives training/test rows and the scaling (standardised on the training rows, or on all rows for");
        text.AppendLine("clustering, which has no split). Deviations: `abs` = largest absolute difference, `rel` = relative to the largest");
        text.AppendLine("reference value (at least 1), counts = number of differing entries.");
        text.AppendLine();

        var total = 0;
        var passed = 0;
        foreach (var (title, file, model, run) in areas)
        {
            var names = KernelFixtures.Cases(file).Where(c => c.GetProperty("model").GetString() == model).Select(c => c.GetProperty("name").GetString()!).ToArray();
            var checks = names.Select(run).ToArray();
            total += checks.Length;
            passed += checks.Count(c => c.Passed);
            text.AppendLine($"## {title}");
            text.AppendLine();
            var references = string.Join(", ", checks.Select(c => c.Reference).Distinct());
            text.AppendLine($"Reference: {references}. {checks.Count(c => c.Passed)} of {checks.Length} cases within tolerance.");
            text.AppendLine();
            text.AppendLine("| case | data | result | worst deviation per compared quantity (tolerance) |");
            text.AppendLine("|---|---|---|---|");
            foreach (var check in checks)
            {
                var details = string.Join("; ", check.Comparisons.Select(c => c.Describe()));
                text.AppendLine($"| {check.Name} | {DataColumn(KernelFixtures.Case(file, check.Name))} | {(check.Passed ? "pass" : "**FAIL**")} | {details} |");
            }

            text.AppendLine();
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"**{passed} of {total} cases within tolerance.**");
        var content = text.ToString().Replace("Data: the tables", summary + "\n\nData: the tables", StringComparison.Ordinal);
        File.WriteAllText(RepositoryPaths.Path(Path.Combine("docs", "parity", "kernels.md")), content);
        Assert.Equal(total, passed);
    }

    private static string DataColumn(ParityCase c)
    {
        var scaling = c.Text("scale") != "standard" ? "raw" : c.Has("scaleRows") ? "standardised (all rows)" : "standardised";
        var rows = c.Test.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{c.Train.Length} rows")
            : string.Create(CultureInfo.InvariantCulture, $"{c.Train.Length} train / {c.Test.Length} test");
        return $"{c.Text("dataset")}, {rows}, {scaling}";
    }

    private static JsonElement Meta()
    {
        var path = RepositoryPaths.Path(Path.Combine("tests", "Formcast.Learning.Tests", "Fixtures", "kernels", "svm.json"));
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("meta").Clone();
    }
}
