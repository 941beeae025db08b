using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Daily;

/// <summary>
/// Computes and stores each athlete's daily rows from what is recorded. This version rolls up the day's sessions
/// (count, minutes) and their session-RPE load (Foster et al. 2001: CR-10 rating × minutes), marks rest days versus
/// unrecorded days, and keeps a 7-day load sum; the fuller athlete state (fitness–fatigue, acute:chronic ratios,
/// readiness) comes from Formcast.Analytics.
/// </summary>
public static class DailyStateWorkflow
{
    public const string Provenance = "daily-rollup/1; load=session-rpe (Foster 2001)";

    /// <summary>Recomputes every visible athlete's days over the span of their records.</summary>
    public static async Task<int> RecomputeAllAsync(IFormcastStore store, AccessContext access, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var athletes = await store.ListAthletesAsync(access, cancellationToken).ConfigureAwait(false);
        var days = 0;
        for (var i = 0; i < athletes.Count; i++)
        {
            days += await RecomputeAsync(store, access, athletes[i], cancellationToken).ConfigureAwait(false);
            progress?.Report((i + 1, athletes.Count));
        }

        return days;
    }

    public static async Task<int> RecomputeAsync(IFormcastStore store, AccessContext access, Athlete athlete, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        var activities = await store.ListActivitiesAsync(access, athlete.Id, DateRange.All, false, cancellationToken).ConfigureAwait(false);
        var ratings = await store.ListSessionRpeAsync(access, athlete.Id, DateRange.All, cancellationToken).ConfigureAwait(false);
        var wellness = await store.ListWellnessAsync(access, athlete.Id, DateRange.All, cancellationToken).ConfigureAwait(false);
        var days = Compute(athlete, activities, ratings, wellness);
        if (days.Count == 0) return 0;
        var batch = new StoreBatch();
        batch.AthleteDays.Add(new AthleteDayReplacement(athlete.Id, days[0].Date, days));
        await store.WriteAsync(access, batch, cancellationToken).ConfigureAwait(false);
        return days.Count;
    }

    /// <summary>The pure computation: one row per day from the first to the last record.</summary>
    public static IReadOnlyList<AthleteDay> Compute(Athlete athlete, IReadOnlyList<Activity> activities, IReadOnlyList<SessionRpe> ratings,
        IReadOnlyList<WellnessEntry> wellness)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var sessionsByDay = activities.GroupBy(a => athlete.LocalDayOf(a.StartUtc)).ToDictionary(g => g.Key, g => g.ToList());
        var ratingsByDay = ratings.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.ToList());
        var wellnessDays = wellness.Select(w => w.Date).ToHashSet();
        var all = sessionsByDay.Keys.Concat(ratingsByDay.Keys).Concat(wellnessDays).ToList();
        if (all.Count == 0) return [];
        var first = all.Min();
        var last = all.Max();
        var result = new List<AthleteDay>();
        var window = new Queue<double>();
        var windowSum = 0.0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var sessions = sessionsByDay.GetValueOrDefault(day) ?? [];
            var dayRatings = ratingsByDay.GetValueOrDefault(day) ?? [];
            var load = dayRatings.Sum(r => r.Load);
            var rated = dayRatings.Where(r => r.ActivityId is not null).Select(r => r.ActivityId!.Value).ToHashSet();
            var unrated = sessions.Any(s => !rated.Contains(s.Id)) && dayRatings.Count < sessions.Count;
            var minutes = Math.Max(sessions.Sum(s => s.DurationSeconds) / 60.0, dayRatings.Sum(r => r.DurationMinutes));
            var status = sessions.Count > 0 || dayRatings.Count > 0 ? DayStatus.Trained
                : wellnessDays.Contains(day) ? DayStatus.RestDay : DayStatus.NotRecorded;
            window.Enqueue(load);
            windowSum += load;
            if (window.Count > 7) windowSum -= window.Dequeue();
            var quality = DayQualityFlags.None;
            if (unrated) quality |= DayQualityFlags.UnratedSession;
            if (!wellnessDays.Contains(day)) quality |= DayQualityFlags.NoWellness;
            if (day.DayNumber - first.DayNumber < 27) quality |= DayQualityFlags.ShortLoadHistory;
            result.Add(new AthleteDay
            {
                AthleteId = athlete.Id,
                Date = day,
                Status = status,
                Load = Math.Round(load, 3),
                LoadSource = dayRatings.Count > 0 ? LoadSource.SessionRpe : LoadSource.None,
                SessionCount = Math.Max(sessions.Count, dayRatings.Count),
                TrainingMinutes = Math.Round(minutes, 2),
                Quality = quality,
                Metrics = new Dictionary<string, double> { ["load_7d"] = Math.Round(windowSum, 3) },
                Provenance = Provenance,
            });
        }

        return result;
    }
}
