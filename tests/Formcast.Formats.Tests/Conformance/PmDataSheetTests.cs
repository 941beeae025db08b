using Formcast.Core;
using Formcast.Formats.Sheets;
using Formcast.TestSupport;

namespace Formcast.Formats.Tests.Conformance;

/// <summary>
/// The PMData PMSys sheets (datasets/pmdata, 16 participants) import through the built-in mappings with no errors;
/// every warning is one of the kinds whose reason docs/sheets.md gives. Row counts are those in the dataset's
/// PROVENANCE.md; single values are read off the named rows of the files.
/// </summary>
public sealed class PmDataSheetTests
{
    private static readonly string[] JustifiedWarnings = ["csv.row.empty", "csv.value.range", "csv.row.duplicate"];

    private static (SheetImportResult Wellness, SheetImportResult SessionRpe, SheetImportResult Injuries) ImportAll()
    {
        var data = Path.Combine(Corpus.RequireRoot(), "datasets", "pmdata", "data");
        var results = new Dictionary<string, List<SheetImportResult>>(StringComparer.Ordinal) { ["wellness.csv"] = [], ["srpe.csv"] = [], ["injury.csv"] = [] };
        foreach (var participant in Directory.EnumerateDirectories(data, "p*").Order(StringComparer.Ordinal))
        {
            foreach (var name in results.Keys)
            {
                var path = Path.Combine(participant, "pmsys", name);
                if (File.Exists(path)) results[name].Add(SheetImporter.ImportFile(path, SheetMappings.ForPmSysFile(path)!));
            }
        }

        return (Merge(results["wellness.csv"]), Merge(results["srpe.csv"]), Merge(results["injury.csv"]));
    }

    private static SheetImportResult Merge(List<SheetImportResult> parts) => new()
    {
        Wellness = parts.SelectMany(p => p.Wellness).ToArray(),
        SessionRpe = parts.SelectMany(p => p.SessionRpe).ToArray(),
        Injuries = parts.SelectMany(p => p.Injuries).ToArray(),
        Diagnostics = parts.SelectMany(p => p.Diagnostics).ToArray(),
        RowCount = parts.Sum(p => p.RowCount),
        SkippedRowCount = parts.Sum(p => p.SkippedRowCount),
    };

    [Fact]
    public void Wellness_ImportsWithoutErrors()
    {
        var wellness = ImportAll().Wellness;

        Assert.Equal(0, wellness.ErrorCount);
        Assert.All(wellness.Diagnostics, d => Assert.Contains(d.Code, JustifiedWarnings));
        Assert.Equal(1747, wellness.RowCount);
        Assert.Equal(16, wellness.Wellness.Select(w => w.AthleteKey).Distinct().Count());

        // Rows kept = rows − empty submissions − earlier duplicates of a day.
        var empty = wellness.Diagnostics.Count(d => d.Code == "csv.row.empty");
        var duplicates = wellness.Diagnostics.Count(d => d.Code == "csv.row.duplicate");
        Assert.Equal(1747 - empty - duplicates, wellness.Wellness.Count);

        // p01/pmsys/wellness.csv line 2: 2019-11-01T08:31:40.751Z,2,3,5,6,3,2,[12921003],3
        var first = wellness.Wellness.First(w => w.AthleteKey == "p01").Record;
        Assert.Equal((new DateOnly(2019, 11, 1), 2.0, 3.0, 5.0, 6.0, 3.0, 2.0, 3.0),
            (first.Date, first.Fatigue!.Value, first.Mood!.Value, first.Readiness!.Value, first.SleepDurationHours!.Value, first.SleepQuality!.Value, first.Soreness!.Value, first.Stress!.Value));

        // The two all-zero reports of p05 (lines 40 and 48) are empty submissions.
        Assert.Contains(wellness.Diagnostics, d => d.Code == "csv.row.empty" && d.Line == 40 && d.File!.Contains("p05", StringComparison.Ordinal));
        Assert.Contains(wellness.Diagnostics, d => d.Code == "csv.row.empty" && d.Line == 48 && d.File!.Contains("p05", StringComparison.Ordinal));
        Assert.All(wellness.Wellness, w => Assert.Null(w.Record.Validate()));
    }

    [Fact]
    public void SessionRpe_ImportsWithoutErrors()
    {
        var rpe = ImportAll().SessionRpe;

        Assert.Equal(0, rpe.ErrorCount);
        Assert.Equal(783, rpe.RowCount);
        Assert.All(rpe.Diagnostics, d => Assert.Equal("csv.row.empty", d.Code));
        Assert.Equal(783 - rpe.Diagnostics.Count, rpe.SessionRpe.Count);

        // p01/pmsys/srpe.csv line 2: 2019-11-05T22:51:54.710Z,"['individual', 'running']",7,30 (23:51 in Oslo).
        var first = rpe.SessionRpe.First(s => s.AthleteKey == "p01").Record;
        Assert.Equal((new DateOnly(2019, 11, 5), 7.0, 30.0, "individual, running"), (first.Date, first.Rpe, first.DurationMinutes, first.SessionType));
    }

    [Fact]
    public void Injuries_MergeIntoEpisodesWithoutErrors()
    {
        var injuries = ImportAll().Injuries;

        Assert.Empty(injuries.Diagnostics);
        Assert.Equal(225, injuries.RowCount);
        Assert.All(injuries.Injuries, i => Assert.Null(i.Record.Validate()));

        // p01 reported {'right_hand': 'minor'} once, on 2020-01-07.
        var hand = Assert.Single(injuries.Injuries, i => i.AthleteKey == "p01" && i.Record.BodyPart == "right hand").Record;
        Assert.Equal((new DateOnly(2020, 1, 7), InjurySeverity.Slight), (hand.OnsetDate, hand.Severity));

        // The four 'major' reports in the dataset make their episodes at least Minimal.
        Assert.Equal(2, injuries.Injuries.Count(i => i.Record.Severity == InjurySeverity.Minimal));
    }
}
