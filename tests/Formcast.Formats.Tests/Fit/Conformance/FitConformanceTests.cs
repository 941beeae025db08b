using System.Globalization;
using System.Text;
using Formcast.TestSupport;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>
/// Runs every expectation the corpus ships for its FIT files and renders the table in docs/conformance/fit.md.
/// The committed table must equal the rendered one (set FORMCAST_UPDATE_CONFORMANCE=1 to rewrite it), and every
/// expectation must pass.
/// </summary>
public sealed class FitConformanceTests
{
    private const string DocPath = "docs/conformance/fit.md";

    [Fact]
    public void Corpus_EveryFitFile_MeetsItsExpectations()
    {
        var root = Path.Combine(Corpus.RequireRoot(), "formats", "fit");
        var survey = FitSurvey.Load(Path.Combine(root, "_survey-fitdecode-0.11.0.json"));
        var assertions = FitCorpusExpectations.Assertions().ToLookup(a => a.File, a => a.Expectation, StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        foreach (var key in assertions.Select(g => g.Key).Concat(FitCorpusExpectations.Outcomes.Keys))
            Assert.True(files.Contains(key), $"expectation for {key}, which is not in the corpus");

        var results = new List<FileResult>();
        foreach (var relative in files)
        {
            var file = new FitCorpusFile(root, relative);
            var expectations = new List<FitExpectation> { OutcomeExpectation(relative, survey) };
            expectations.AddRange(assertions[relative]);
            var golden = file.FullPath + ".golden.gz";
            if (File.Exists(golden))
                expectations.Add(new("tormoder/fit testdata golden dump", "header, CRC and every message field of the shared profile = golden", f => TormoderGolden.Compare(GoDump.Load(golden), f.File)));
            if (survey.TryGetValue(relative, out var entry)) expectations.AddRange(FitSurvey.Expectations(entry));
            expectations.Add(new("Formcast", "activity reader never throws and agrees with the decoder on outcome", ActivityAgrees));

            var checks = expectations.Select(e => (e, Run(e, file))).ToList();
            results.Add(new FileResult(relative, FitCorpusFile.Outcome(file.Lenient), FitCorpusFile.Outcome(file.Strict), checks));
        }

        var report = Render(results);
        var path = RepositoryPaths.Path(DocPath);
        if (Environment.GetEnvironmentVariable("FORMCAST_UPDATE_CONFORMANCE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, report);
        }

        var failures = results.SelectMany(r => r.Checks.Where(c => !c.Result.Passed).Select(c => $"{r.File}: {c.Expectation.What} — {c.Result.Detail}")).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} expectations failed:\n{string.Join("\n", failures)}");
        Assert.True(File.Exists(path), $"{DocPath} is missing; run with FORMCAST_UPDATE_CONFORMANCE=1");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == report, $"{DocPath} is out of date; run with FORMCAST_UPDATE_CONFORMANCE=1 and review the diff");
    }

    private static FitExpectation OutcomeExpectation(string relative, Dictionary<string, System.Text.Json.JsonElement> survey)
    {
        if (FitCorpusExpectations.Outcomes.TryGetValue(relative, out var expected))
        {
            return new(expected.Source, $"strict decode fails with {expected.Code}; lenient keeps what is readable", f =>
            {
                var strictCode = f.Strict.Value is null ? f.Strict.FirstError?.Code : null;
                var readable = survey.TryGetValue(relative, out var s) && s.GetProperty("headers").GetArrayLength() > 0;
                var lenientOk = !readable || f.Lenient.Value is not null;
                return CheckResult.Of(strictCode == expected.Code && lenientOk, $"strict: {FitCorpusFile.Outcome(f.Strict)}; lenient: {FitCorpusFile.Outcome(f.Lenient)}");
            });
        }

        return new("python-fitparse / tormoder / Garmin SDK must-decode lists; survey CRCs match", "strict decode succeeds", f =>
            CheckResult.Of(f.Strict.Succeeded, FitCorpusFile.Outcome(f.Strict)));
    }

    private static CheckResult ActivityAgrees(FitCorpusFile file)
    {
        var activity = file.Activity;
        var sessions = activity.Value?.Sessions.Count ?? 0;
        var samples = activity.Value?.Sessions.Sum(s => s.Streams?.Count ?? 0) ?? 0;
        var agrees = (activity.Value is null) == (file.Lenient.Value is null) && activity.Succeeded == file.Lenient.Succeeded;
        return CheckResult.Of(agrees, string.Create(CultureInfo.InvariantCulture, $"{sessions} sessions, {samples} samples"));
    }

    private static CheckResult Run(FitExpectation expectation, FitCorpusFile file)
    {
        try
        {
            return expectation.Check(file);
        }
#pragma warning disable CA1031 // A failing check must land in the table, not abort the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return CheckResult.Fail($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string Render(List<FileResult> results)
    {
        var total = results.Sum(r => r.Checks.Count);
        var passed = results.Sum(r => r.Checks.Count(c => c.Result.Passed));
        var sb = new StringBuilder();
        sb.Append("# FIT conformance\n\n");
        sb.Append("Generated by `FitConformanceTests` (tests/Formcast.Formats.Tests/Fit/Conformance) over the FIT files of the shared corpus\n");
        sb.Append("(`formats/fit/`, see its PROVENANCE.md). Rewrite with `FORMCAST_UPDATE_CONFORMANCE=1 dotnet test tests/Formcast.Formats.Tests`.\n");
        sb.Append("Each file is decoded leniently (damage reported, readable data kept) and strictly (any error fails).\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"**{results.Count} files, {total} expectations: {passed} passed, {total - passed} failed.**\n\n");
        sb.Append("Sources: python-fitparse and fitdecode tests (incl. ANT FIT SDK record CSV dumps), tormoder/fit golden struct dumps and\n");
        sb.Append("reader tests, the Garmin FIT SDK (Python) tests and JSON expectations, and a fitdecode 0.11.0 decoding of every file\n");
        sb.Append("(cross-check). Files expected to fail are those their sources call broken; the reason is in the outcome row.\n\n");
        sb.Append("| file | lenient | strict | expectations | passed | failed |\n|---|---|---|---:|---:|---:|\n");
        foreach (var r in results)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{r.File}` | {Cell(r.Lenient)} | {Cell(r.Strict)} | {r.Checks.Count} | {r.Checks.Count(c => c.Result.Passed)} | {r.Checks.Count(c => !c.Result.Passed)} |\n");
        }

        sb.Append("\n## Expectations by file\n");
        foreach (var r in results)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n### `{r.File}`\n\n| source | expectation | result | detail |\n|---|---|---|---|\n");
            foreach (var (expectation, result) in r.Checks)
                sb.Append(CultureInfo.InvariantCulture, $"| {Cell(expectation.Source)} | {Cell(expectation.What)} | {(result.Passed ? "pass" : "**FAIL**")} | {Cell(result.Detail)} |\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text)
    {
        var clean = text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return clean.Length > 300 ? clean[..297] + "..." : clean;
    }

    private sealed record FileResult(string File, string Lenient, string Strict, List<(FitExpectation Expectation, CheckResult Result)> Checks);
}
