using Formcast.Core;
using Formcast.Formats;
using Formcast.TestSupport;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>The dataset loaders on small files written in each dataset's layout, and on broken ones.</summary>
public sealed class LoaderTests
{
    [Fact]
    public void PmData_ReadsWellnessSessionsHeartRateAndInjuryOnsets()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("participant-overview.csv"),
            "participant_id,age,height,gender,A_or_B_person,max_heart_rate,first_5km_run_date,first_5km_run_minutes,first_5km_run_seconds,stride_length_walk,stride_length_run\n" +
            "p01,48,195,male,A,182,2019-11-26,29,33,80.9,102.9\n");
        var p = Directory.CreateDirectory(Path.Combine(folder.Path, "p01", "pmsys")).FullName;
        var fitbit = Directory.CreateDirectory(Path.Combine(folder.Path, "p01", "fitbit")).FullName;
        File.WriteAllText(Path.Combine(p, "wellness.csv"),
            "effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n" +
            "2019-11-01T08:31:40.751Z,2,3,5,6,3,2,[12921003],3\n" +
            "2019-11-02T10:00:01.229Z,2,3,6,7.5,0,2,[],3\n" +
            "not a time,1,1,1,1,1,1,[],1\n");
        File.WriteAllText(Path.Combine(p, "srpe.csv"),
            "end_date_time,activity_names,perceived_exertion,duration_min\n" +
            "2019-11-01T22:51:54.710Z,\"['individual', 'running']\",7,30\n" +
            "2019-11-03T13:34:02.327Z, {},,\n");
        File.WriteAllText(Path.Combine(p, "injury.csv"),
            "effective_time_frame,injuries\n" +
            "2019-11-01T06:00:00.000Z,{'left_foot': 'minor'}\n" +
            "2019-11-08T06:00:00.000Z,{'left_foot': 'minor'}\n" +
            "2019-11-15T06:00:00.000Z,\"{'left_foot': 'minor', 'right_knee': 'major'}\"\n" +
            "2019-11-22T06:00:00.000Z,{}\n" +
            "2019-12-30T06:00:00.000Z,{'left_foot': 'minor'}\n");
        File.WriteAllText(Path.Combine(fitbit, "resting_heart_rate.json"),
            "[{\"dateTime\": \"2019-11-02 00:00:00\", \"value\": {\"date\": \"11/02/19\", \"value\": 52.9, \"error\": 6.8}}, " +
            "{\"dateTime\": \"2019-11-03 00:00:00\", \"value\": {\"date\": \"11/03/19\", \"value\": 0.0, \"error\": 0}}]");

        var result = PmDataLoader.Load(folder.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var athlete = Assert.Single(result.Value!.Athletes);
        Assert.Equal(("p01", Sex.Male, 48.0, "running"), (athlete.Name, athlete.Sex, athlete.AgeYears!.Value, athlete.Sport));
        Assert.Equal(29 * 60 + 33, athlete.Static["run_5km_s"]);
        Assert.Equal(new DateOnly(2019, 11, 1), athlete.FirstDay);
        Assert.Equal(new DateOnly(2019, 12, 30), athlete.LastDay);
        Assert.Equal(7 * 30, athlete.Days[0].Metrics["srpe_load"]);

        // Right knee is new on 15 Nov; the left foot returns on 30 Dec after 45 days without a mention.
        Assert.Equal([new DateOnly(2019, 11, 15), new DateOnly(2019, 12, 30)], athlete.InjuryOnsets);
        Assert.Equal(5, athlete.InjuryReportDays!.Count);

        // Sleep quality 0 is "not answered": the rest of the morning stands.
        var second = athlete.Days[1];
        Assert.Contains(second.ReadinessContributors, c => c.Name == "sleep_duration" && c.Value == 7.5);
        Assert.DoesNotContain(second.ReadinessContributors, c => c.Name == "sleep_quality");
        Assert.Contains(second.ReadinessContributors, c => c.Name == "resting_hr" && c.Value == 52.9);
        Assert.Contains(result.Diagnostics, d => d.Code == "pmdata.wellness.time" && d.Line == 4);
        Assert.Contains(result.Diagnostics, d => d.Code == "pmdata.srpe.empty");
        Assert.Contains(result.Diagnostics, d => d.Code == "pmdata.wellness.range");
    }

    [Fact]
    public void PmData_ReportsAFolderWithoutParticipants()
    {
        using var folder = new TempDirectory();
        var result = PmDataLoader.Load(folder.Path);
        Assert.False(result.Succeeded);
        Assert.Equal("pmdata.layout", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("pmdata.folder", Assert.Single(PmDataLoader.Load(folder.File("missing")).Diagnostics).Code);
    }

    [Fact]
    public void Jovanovic_PlacesSeasonsOnOneCalendarAndKeepsDistances()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("raw.csv");
        var lines = new List<string> { "\"Data.Split\",\"Season\",\"Phase\",\"Date\",\"Player.Name\",\"Injury.Location\",\"Injury.Type\",\"LoadMetric01\",\"LoadMetric02\",\"LoadMetric03\"" };
        for (var d = 1; d <= 10; d++) lines.Add($"\"Train\",\"Season 1\",\"Pre Season\",{d},\"Athlete 01\",\"{(d == 4 ? "Hamstring" : "")}\",\"\",{d * 100},{d * 1000},{d * 10}");
        for (var d = 1; d <= 3; d++) lines.Add($"\"Train\",\"Season 2\",\"Pre Season\",{d},\"Athlete 01\",\"\",\"\",420,5000,-1");
        File.WriteAllLines(csv, lines);

        var result = JovanovicLoader.Load(csv);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var athlete = Assert.Single(result.Value!.Athletes);
        Assert.Equal(new DateOnly(2001, 1, 1), athlete.FirstDay);
        // Season 2 rows have a negative high-speed distance: skipped, so the record ends on day 10 of season 1.
        Assert.Equal(new DateOnly(2001, 1, 10), athlete.LastDay);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "jovanovic.load"));
        Assert.Equal([new DateOnly(2001, 1, 4)], athlete.InjuryOnsets);
        Assert.Equal(3000, athlete.ExtraLoads["distance_m"][2]);
        Assert.Equal(300.0 / 420 * 100, athlete.Days[2].Load, 9);
    }

    [Fact]
    public void Jovanovic_ReportsAWrongLayout()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("raw.csv");
        File.WriteAllText(csv, "a,b\n1,2\n");
        var result = JovanovicLoader.Load(csv);
        Assert.False(result.Succeeded);
        Assert.Contains("'Season'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Athlinks_LeavesOutUnknownSexAndImplausibleMarathons()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("pb.csv");
        File.WriteAllText(csv, SyntheticData.AthlinksCsv(5, seed: 1) +
            "100,\"Q\",\"40\",\"MA\",\"1/2 Mara\",\"1:30:00\",5400\n" +
            "101,\"M\",\"40\",\"MA\",\"1/2 Mara\",\"1:30:00\",5400\n101,\"M\",\"40\",\"MA\",\"Marathon\",\"2:50:00\",10200\n" +
            "102,\"F\",\"x\",\"MA\",\"5K\",\"0:20:00\",1200\n" +
            "103,\"F\",\"33\",\"MA\",\"Oly Tri\",\"2:20:00\",8400\n");
        var result = AthlinksLoader.Load(csv);
        Assert.True(result.Succeeded);
        var runners = result.Value!;
        Assert.Equal([1, 2, 3, 4, 5, 103], runners.Select(r => r.Id));
        Assert.Empty(runners.Single(r => r.Id == 103).BestSeconds);
        Assert.True(runners[0].Has(AthlinksLoader.MarathonMeters));
        Assert.Contains(result.Diagnostics, d => d.Code == "athlinks.sex" && d.Message.StartsWith("1 runners", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "athlinks.implausible" && d.Message.StartsWith("1 runners", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "athlinks.row" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void ExsciData_PairsPreAndPostAndSkipsMissingFiles()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("hbmass.csv"),
            "\"id\",\"group\",\"time\",\"hb\"\n\"h1\",\"heat\",\"pre\",1000\n\"h1\",\"heat\",\"post\",1050\n\"c1\",\"con\",\"pre\",900\n\"c1\",\"con\",\"post\",NA\n\"c2\",\"con\",\"pre\",950\n");
        var result = ExsciDataLoader.Load(folder.Path);
        Assert.True(result.Succeeded);
        var study = Assert.Single(result.Value!);
        Assert.Equal("hbmass", study.Name);
        Assert.Equal(["h1", "c1"], study.Participants.Select(p => p.Id));
        Assert.False(study.Participants[1].Post.ContainsKey("hb"));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "data.missing"));
    }

    [Fact]
    public void DatasetLocator_FindsTheCorpusAboveAStartDirectory()
    {
        using var folder = new TempDirectory();
        var data = Directory.CreateDirectory(Path.Combine(folder.Path, "shared", "corpus", "datasets", "exscidata-cycling-xc", "data")).FullName;
        var deep = Directory.CreateDirectory(Path.Combine(folder.Path, "wt", "repo", "bin")).FullName;
        Assert.Equal(data, Workflows.Predictions.Data.DatasetLocator.Find(Workflows.Predictions.PredictionDataset.ExsciData, null, [deep]));
        Assert.Null(Workflows.Predictions.Data.DatasetLocator.Find(Workflows.Predictions.PredictionDataset.Athlinks, null, [deep]));
    }
}
