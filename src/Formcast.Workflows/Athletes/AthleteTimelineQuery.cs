using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Athletes;

/// <summary>Reads an athlete's stored days for the charts (<see cref="AthleteTimeline"/>) and zones the heart-rate streams
/// of the last four weeks.</summary>
public static class AthleteTimelineQuery
{
    /// <summary>Days of heart-rate streams zoned, ending on the last day of the range.</summary>
    public const int ZoneDays = 28;

    public static async Task<AthleteTimeline> RunAsync(IFormcastStore store, AccessContext access, Athlete athlete, DateOnly? from = null,
        DateOnly? to = null, DailyStateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        options ??= new DailyStateOptions();
        var days = await store.ListAthleteDaysAsync(access, athlete.Id, new DateRange(from, to), cancellationToken).ConfigureAwait(false);
        var first = from ?? (days.Count > 0 ? days[0].Date : null);
        var last = to ?? (days.Count > 0 ? days[^1].Date : null);
        var zones = last is { } end
            ? await HeartRateZonesAsync(store, access, athlete, end.AddDays(1 - ZoneDays), end, options.SessionLoad.MaxSampleIntervalSeconds, cancellationToken).ConfigureAwait(false)
            : null;
        var provenance = days.Count > 0 ? days[^1].Provenance : options.Describe();
        return new AthleteTimeline(
            athlete.Handle, first, last, NumberConventions.From(options), provenance, provenance == options.Describe(),
            [.. days.Select(d => AthleteDayView.From(d, options.Readiness))], zones, DataQuality.Summarise(days));
    }

    /// <summary>
    /// Time in heart-rate zones over <paramref name="from"/>…<paramref name="to"/>, with the zones of the thresholds in
    /// force on <paramref name="to"/> (Friel's %LTHR zones when threshold heart rate is tested, else Edwards' %HRmax
    /// zones, as the session loads use). Null when no thresholds are in force.
    /// </summary>
    public static async Task<ZoneSummary?> HeartRateZonesAsync(IFormcastStore store, AccessContext access, Athlete athlete, DateOnly from, DateOnly to,
        double maxSampleIntervalSeconds = 30, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        if (athlete.ThresholdsOn(to) is not { } thresholds) return null;
        var (set, convention) = thresholds.ThresholdHeartRateBpm is { } lthr
            ? (TrainingZones.HeartRateByThreshold(lthr), Invariant($"Friel's seven zones from threshold heart rate {lthr:0} bpm (floors 0/85/90/95/100/103/106 %)"))
            : (TrainingZones.HeartRateByMaximum(thresholds.MaxHeartRateBpm), Invariant($"Edwards' five zones from maximal heart rate {thresholds.MaxHeartRateBpm:0} bpm (floors 50/60/70/80/90 %; below 50 % is not zoned)"));
        convention += Invariant($"; each sample stands for the interval ending at it, at most {maxSampleIntervalSeconds:0} s (Runalyze)");

        var activities = await store.ListActivitiesAsync(access, athlete.Id, DateRange.Between(from, to), includeStreams: true, cancellationToken).ConfigureAwait(false);
        var seconds = new double[set.Zones.Count];
        var perSession = new double[set.Zones.Count];
        int zoned = 0, without = 0;
        foreach (var activity in activities)
        {
            if (activity.Streams is not { } streams || streams.Get(Channels.HeartRate) is not { } heartRate)
            {
                without++;
                continue;
            }

            TimeInZones.Compute(streams.TimeSeconds, heartRate, set.Floors(), perSession, maxSampleIntervalSeconds);
            for (var k = 0; k < seconds.Length; k++) seconds[k] += perSession[k];
            zoned++;
        }

        var total = seconds.Sum();
        var zones = set.Zones.Select((z, k) => new ZoneMinutes(
            z.Label, Math.Round(z.Low, 1), double.IsFinite(z.High) ? Math.Round(z.High, 1) : null, Math.Round(seconds[k] / 60, 1),
            total > 0 ? Math.Round(seconds[k] / total, 4) : 0)).ToList();
        return new ZoneSummary(set.Name, convention, from, to, zones, zoned, without);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
