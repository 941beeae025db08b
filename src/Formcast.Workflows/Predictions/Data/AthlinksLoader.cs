using System.Globalization;
using Formcast.Core;
using Formcast.Formats;
using static Formcast.Workflows.Predictions.Data.DatasetFiles;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// Reads athlinks personal bests (J. Stanton-Geddes, <c>RacePerformancePredictor</c>, 2015; columns
/// <c>athlete, gender, age, state, distance, time, totalseconds</c>, one best per runner and distance) into runners.
/// <para>
/// Running distances map to metres (the half marathon 21,097.5 m, the marathon 42,195 m, miles 1,609.344 m);
/// triathlon and obstacle races are left out. Rows whose sex is not M or F (scrape artefacts) are left out with their
/// runner. A runner whose marathon best is under twice the half-marathon best is left out as implausible — no runner
/// holds half-marathon pace over twice the distance (Riegel's exponent 1.06 puts the ratio at 2.085) — and counted in a
/// note, so the exclusion is visible.
/// </para>
/// </summary>
internal static class AthlinksLoader
{
    public const double HalfMarathonMeters = 21_097.5;
    public const double MarathonMeters = 42_195;

    /// <summary>Least plausible marathon ÷ half-marathon ratio of one runner's bests.</summary>
    public const double MinimumMarathonToHalfRatio = 2.0;

    private static readonly Dictionary<string, double> Distances = new(StringComparer.Ordinal)
    {
        ["1Mi Run"] = 1_609.344,
        ["5K"] = 5_000,
        ["4Mi Run"] = 4 * 1_609.344,
        ["8K Run"] = 8_000,
        ["5Mi Run"] = 5 * 1_609.344,
        ["10K"] = 10_000,
        ["15K Run"] = 15_000,
        ["10Mi Run"] = 10 * 1_609.344,
        ["20K Run"] = 20_000,
        ["1/2 Mara"] = HalfMarathonMeters,
        ["25K Run"] = 25_000,
        ["Marathon"] = MarathonMeters,
    };

    public static LoadResult<IReadOnlyList<RaceRunner>> Load(string file)
    {
        if (!File.Exists(file)) return LoadResult<IReadOnlyList<RaceRunner>>.Failure("athlinks.file", "the file does not exist", file);
        var diagnostics = new List<FormatDiagnostic>();
        var table = ReadTable(file, diagnostics, required: true);
        if (table is null) return new LoadResult<IReadOnlyList<RaceRunner>>(null, [.. diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Error })]);
        var names = new[] { "athlete", "gender", "age", "distance", "totalseconds" };
        var index = names.Select(n => Column(table, n)).ToArray();
        if (Array.IndexOf(index, -1) is var missing and >= 0)
            return LoadResult<IReadOnlyList<RaceRunner>>.Failure("athlinks.layout", $"no '{names[missing]}' column: expected athlete, gender, age, state, distance, time, totalseconds", file);
        var state = Column(table, "state");

        var byRunner = new SortedDictionary<int, (Sex Sex, double Age, string? Region, Dictionary<double, double> Bests, bool Bad)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (Number(Field(row, index[0])) is not { } id || Number(Field(row, index[2])) is not { } age || Number(Field(row, index[4])) is not { } seconds || seconds <= 0)
            {
                diagnostics.Add(Warning("athlinks.row", "a row without a readable runner or age, or with no time (0 s): skipped", file, table.Lines[r]));
                continue;
            }

            var sex = Field(row, index[1]) switch
            {
                "M" => Sex.Male,
                "F" => Sex.Female,
                _ => Sex.Unspecified,
            };
            var key = (int)id;
            if (!byRunner.TryGetValue(key, out var runner))
                byRunner[key] = runner = (sex, age, state < 0 ? null : Field(row, state), new Dictionary<double, double>(), false);
            if (sex == Sex.Unspecified) byRunner[key] = runner with { Bad = true };
            if (Distances.TryGetValue(Field(row, index[3]), out var meters)) runner.Bests[meters] = seconds;
        }

        var runners = new List<RaceRunner>();
        int unknownSex = 0, implausible = 0;
        foreach (var (id, r) in byRunner)
        {
            if (r.Bad || r.Sex == Sex.Unspecified)
            {
                unknownSex++;
                continue;
            }

            if (r.Bests.TryGetValue(MarathonMeters, out var full) && r.Bests.TryGetValue(HalfMarathonMeters, out var half) && full < MinimumMarathonToHalfRatio * half)
            {
                implausible++;
                continue;
            }

            runners.Add(new RaceRunner(id, r.Sex, r.Age, r.Region, r.Bests));
        }

        if (unknownSex > 0)
            diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "athlinks.sex", Invariant($"{unknownSex} runners with a sex other than M or F left out"), file));
        if (implausible > 0)
            diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "athlinks.implausible",
                Invariant($"{implausible} runners left out whose marathon best is under {MinimumMarathonToHalfRatio:0.0}× their half-marathon best"), file));
        return new LoadResult<IReadOnlyList<RaceRunner>>(runners, diagnostics);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
