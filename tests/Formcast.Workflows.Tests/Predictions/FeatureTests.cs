using Formcast.Analytics;
using Formcast.Core;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Injury;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>Features are computed from the past only, per-athlete normalisation included; labels look ahead exactly
/// the horizon; reasons read as plain sentences.</summary>
public sealed class FeatureTests
{
    [Fact]
    public void SelfNormalisation_UsesOnlyEarlierDays()
    {
        // Values 1…20: row d is z-scored against rows 0…d−1 (from the 14th earlier value on).
        var rows = Enumerable.Range(0, 20).Select(d => new[] { d + 1.0, double.NaN }).ToArray();
        DailyState.SelfNormalise(rows, 0, 1);
        Assert.All(rows.Take(DailyState.MinimumSelfHistory), r => Assert.True(double.IsNaN(r[1])));
        var earlier = Enumerable.Range(1, 14).Select(v => (double)v).ToArray();
        var mean = earlier.Average();
        var sd = Math.Sqrt(earlier.Sum(v => (v - mean) * (v - mean)) / 13);
        Assert.Equal((15 - mean) / sd, rows[14][1], 12);
    }

    [Fact]
    public void InjuryRows_DoNotChangeWhenTheFutureChanges()
    {
        // Rows dated up to a cut-off must be identical whether or not later days exist or differ.
        var cohort = SyntheticData.Cohort(athletes: 4, days: 140, seed: 3);
        var cut = cohort.Athletes[0].FirstDay.AddDays(84);
        var truncated = cohort with
        {
            Athletes = [.. cohort.Athletes.Select(a => a with
            {
                Days = [.. a.Days.Where(d => d.Date < cut.AddDays(InjuryRows.HorizonDays))],
                InjuryOnsets = [.. a.InjuryOnsets.Where(o => o < cut.AddDays(InjuryRows.HorizonDays))],
            })],
        };
        var full = InjuryRows.Build(cohort);
        var part = InjuryRows.Build(truncated, [.. full.Data.FeatureNames]);
        var compared = 0;
        for (var r = 0; r < part.Data.Rows; r++)
        {
            var key = part.Keys[r];
            if (key.Date > cut) continue;
            var match = Enumerable.Range(0, full.Data.Rows).Single(i => full.Keys[i] == key);
            Assert.Equal(full.Data.Features.Row(match).ToArray(), part.Data.Features.Row(r).ToArray());
            Assert.Equal(full.Data.Target[match], part.Data.Target[r]);
            compared++;
        }

        Assert.True(compared >= 4 * 8, $"only {compared} rows compared");
    }

    [Fact]
    public void InjuryRows_AreMondaysWithFeaturesFromTheDayBeforeAndALabelOverTheNextWeek()
    {
        var cohort = SyntheticData.Cohort(athletes: 2, days: 70, seed: 5);
        var athlete = cohort.Athletes[0];
        var onset = athlete.FirstDay.AddDays(31);
        var one = cohort with { Athletes = [athlete with { InjuryOnsets = [onset] }, cohort.Athletes[1] with { InjuryOnsets = [] }] };
        var rows = InjuryRows.Build(one);
        Assert.All(rows.Keys, k => Assert.Equal(DayOfWeek.Monday, k.Date.DayOfWeek));
        Assert.All(rows.Keys, k => Assert.True(k.Date.DayNumber - cohort.Athletes[k.Athlete].FirstDay.DayNumber >= InjuryRows.MinimumHistoryDays));
        var positives = Enumerable.Range(0, rows.Data.Rows).Where(r => rows.Data.Target[r] == 1).Select(r => rows.Keys[r]).ToArray();
        Assert.Equal([new RowKey(0, athlete.FirstDay.AddDays(28))], positives);

        // load_7d of the row dated D is the 7-day load at the end of D − 1.
        var r0 = Enumerable.Range(0, rows.Data.Rows).First(r => rows.Keys[r].Athlete == 0);
        var date = rows.Keys[r0].Date;
        var column = rows.Data.FeatureNames.ToList().IndexOf("load_7d");
        var expected = athlete.Days.Where(d => d.Date < date && d.Date >= date.AddDays(-7)).Sum(d => d.Load);
        Assert.Equal(expected, rows.Data.Features[r0, column], 9);
    }

    [Fact]
    public void InjuryRows_WithSelfReportedInjuriesNeedAReportInsideTheWeek()
    {
        var cohort = SyntheticData.Cohort(athletes: 1, days: 56, seed: 7);
        var a = cohort.Athletes[0];
        var reported = cohort with { Athletes = [a with { InjuryReportDays = [a.FirstDay.AddDays(30)] }] };
        var rows = InjuryRows.Build(reported);
        Assert.Equal([a.FirstDay.AddDays(28)], rows.Keys.Select(k => k.Date));
    }

    [Fact]
    public void ReasonPhrases_ReadAsPlainSentences()
    {
        var features = DailyState.Describe([]).ToDictionary(f => f.Name);
        var row = new Dictionary<string, double> { ["load_7d"] = 552, ["load_28d"] = 1600, ["soreness_z"] = -1.4, ["monotony"] = 2.3, ["days_since_injury"] = 21, ["hrv_below_band_days"] = 3 };
        Assert.Equal("7-day load 38 % above your 4-week average", ReasonPhrases.Describe(features["load_7d"], row));
        Assert.Equal("soreness answer 1.4 SD worse than your usual (last 3 days)", ReasonPhrases.Describe(features["soreness_z"], row));
        Assert.Equal("training monotony 2.30 (Foster; 2.0 is the common warning level)", ReasonPhrases.Describe(features["monotony"], row));
        Assert.Equal("last injury 21 days ago", ReasonPhrases.Describe(features["days_since_injury"], row));
        Assert.Equal("HRV below your normal band for 3 of the last 7 days", ReasonPhrases.Describe(features["hrv_below_band_days"], row));
        Assert.Equal("sleep per night over 7 days not recorded", ReasonPhrases.Describe(features["sleep_h_7d"], row));
    }

    [Fact]
    public void DailyState_CarriesWellnessAnswersAndInjuryHistory()
    {
        var id = new AthleteId(Guid.Empty);
        var start = new DateOnly(2021, 3, 1);
        var wellness = Enumerable.Range(0, 10).Select(d => new WellnessEntry { AthleteId = id, Date = start.AddDays(d), SleepDurationHours = d < 5 ? 6 : 8 }).ToList();
        var days = new AthleteDayCalculator().Compute(id, new AthleteDayInputs { Wellness = wellness }, start, start.AddDays(9));
        var athlete = new CohortAthlete { Index = 0, Name = "x", Days = days, InjuryOnsets = [start.AddDays(2)] };
        var state = DailyState.Compute(athlete, []);
        Assert.Equal(((6.0 * 5) + (8 * 2)) / 7, state.Row(6)[state.IndexOf("sleep_h_7d")], 12);
        Assert.Equal(0, state.Row(1)[state.IndexOf("prior_injuries")]);
        Assert.Equal(DailyState.NoInjuryDays, state.Row(1)[state.IndexOf("days_since_injury")]);
        Assert.Equal(1, state.Row(9)[state.IndexOf("prior_injuries")]);
        Assert.Equal(7, state.Row(9)[state.IndexOf("days_since_injury")]);
    }
}
