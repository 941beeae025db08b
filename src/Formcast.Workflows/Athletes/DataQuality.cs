using System.Globalization;
using Formcast.Core;

namespace Formcast.Workflows.Athletes;

/// <summary>Plain sentences on what a stretch of athlete-days rests on: recorded days, wellness and HRV coverage, load
/// sources, and the periods where numbers are provisional (short load history, HRV band still forming).</summary>
public static class DataQuality
{
    public static IReadOnlyList<string> Summarise(IReadOnlyList<AthleteDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0) return ["no athlete-days: nothing recorded yet"];
        var n = days.Count;
        var notes = new List<string>
        {
            Invariant($"{n} days from {days[0].Date:yyyy-MM-dd} to {days[^1].Date:yyyy-MM-dd}: {Count(days, d => d.Status == DayStatus.Trained)} with training, {Count(days, d => d.Status == DayStatus.RestDay)} rest days, {Count(days, d => d.Status == DayStatus.NotRecorded)} not recorded (counted as 0 load)."),
            Invariant($"Wellness answered on {Count(days, d => !d.Quality.HasFlag(DayQualityFlags.NoWellness))} of {n} days; HRV measured on {Count(days, d => !d.Quality.HasFlag(DayQualityFlags.NoHrv))}."),
        };

        var sources = days.Where(d => d.Status == DayStatus.Trained).GroupBy(d => d.LoadSource).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => Invariant($"{Names.LoadSource(g.Key)} on {g.Count()} days")).ToList();
        if (sources.Count > 0) notes.Add("Load source: " + string.Join(", ", sources) + ".");

        var unrated = Count(days, d => d.Quality.HasFlag(DayQualityFlags.UnratedSession));
        if (unrated > 0) notes.Add(Invariant($"{unrated} days hold a session without any load source (no thresholds, heart rate or RPE): it counts as 0."));

        var lastShort = days.LastOrDefault(d => d.Quality.HasFlag(DayQualityFlags.ShortLoadHistory));
        if (lastShort is not null)
        {
            notes.Add(lastShort == days[^1]
                ? "Under 4 weeks of load history: chronic load and acute:chronic ratios are still provisional."
                : Invariant($"Under 4 weeks of load history until {lastShort.Date:yyyy-MM-dd}: chronic numbers before then are provisional."));
        }

        var withHrv = days.Any(d => !d.Quality.HasFlag(DayQualityFlags.NoHrv));
        var bandFrom = days.FirstOrDefault(d => d.Metrics.ContainsKey("hrv_band_low"));
        if (withHrv && bandFrom is null) notes.Add("HRV normal band still forming: HRV does not move readiness yet.");
        else if (bandFrom is not null && bandFrom != days[0]) notes.Add(Invariant($"HRV normal band available from {bandFrom.Date:yyyy-MM-dd}."));

        var readiness = days.FirstOrDefault(d => d.Readiness is not null);
        if (readiness is null) notes.Add("No readiness number yet: personal baselines need about a week of answers (three weeks for HRV).");
        else if (readiness != days[0]) notes.Add(Invariant($"Readiness available from {readiness.Date:yyyy-MM-dd}."));
        return notes;
    }

    private static int Count(IReadOnlyList<AthleteDay> days, Func<AthleteDay, bool> predicate) => days.Count(predicate);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
