using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Athletes;

/// <summary>
/// Gathers an athlete-day's full state (<see cref="AthleteState"/>) from the store: the stored day with its conventions
/// and caveats, and the fitness estimates and race predictions the recorded sessions and races allow on that day.
/// </summary>
public static class AthleteStateQuery
{
    /// <summary>Runs averaged into effective VO2max: Runalyze's "shape" window.</summary>
    public const int Vo2MaxDays = 30;

    /// <summary>Days searched for best efforts.</summary>
    public const int BestEffortDays = 90;

    /// <summary>Days of runs the marathon-shape adjustment reads (<see cref="MarathonShape.WeeklyDistanceDays"/>).</summary>
    public const int RunHistoryDays = MarathonShape.WeeklyDistanceDays;

    /// <summary>Distances predicted when the athlete has a recent race.</summary>
    public static IReadOnlyList<(string Label, double Meters)> RaceDistances { get; } =
        [("5 km", 5000), ("10 km", 10000), ("half marathon", 21097.5), ("marathon", 42195)];

    public static async Task<AthleteState> RunAsync(IFormcastStore store, AccessContext access, Athlete athlete, DateOnly date,
        DailyStateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        options ??= new DailyStateOptions();
        var days = await store.ListAthleteDaysAsync(access, athlete.Id, new DateRange(null, date), cancellationToken).ConfigureAwait(false);
        var day = days.Count > 0 && days[^1].Date == date ? days[^1] : null;
        var runs = await store.ListActivitiesAsync(access, athlete.Id, DateRange.Between(date.AddDays(1 - RunHistoryDays), date), false, cancellationToken).ConfigureAwait(false);
        var recorded = await store.ListActivitiesAsync(access, athlete.Id, DateRange.Between(date.AddDays(1 - BestEffortDays), date), true, cancellationToken).ConfigureAwait(false);
        var races = await store.ListRacesAsync(access, athlete.Id, cancellationToken).ConfigureAwait(false);

        var recentRuns = runs.Where(a => IsRun(a) && a.DistanceMeters > 0).Select(a => new RunSummary(athlete.LocalDayOf(a.StartUtc), a.DistanceMeters!.Value)).ToList();
        var forecasts = Forecasts(races, date, recentRuns, out var raceVdot);
        var provenance = day?.Provenance ?? (days.Count > 0 ? days[^1].Provenance : options.Describe());
        return new AthleteState(
            AthleteHeader.From(athlete, date), date, day is null ? null : AthleteDayView.From(day, options.Readiness), NumberConventions.From(options),
            provenance, provenance == options.Describe(), DataQuality.Summarise(days),
            Estimates(athlete, date, recorded, raceVdot, day?.Readiness), forecasts);
    }

    private static FitnessEstimates Estimates(Athlete athlete, DateOnly date, IReadOnlyList<Activity> recorded, (double Vdot, string Source)? raceVdot, double? readiness)
    {
        var notes = new List<string>();
        var thresholds = athlete.ThresholdsOn(date);
        if (thresholds is null) notes.Add(Invariant($"no thresholds in force on {date:yyyy-MM-dd}: zones and effective VO2max need maximal and resting heart rate"));

        var vo2 = EffectiveVo2MaxOf(athlete, date, recorded, notes);
        VdotChoice? vdot = raceVdot is { } race ? new VdotChoice(Round(race.Vdot, 2), race.Source)
            : vo2 is not null ? new VdotChoice(Round(vo2.Value, 2), "effective VO2max of the recent runs (no race in the last 365 days)")
            : null;
        if (vdot is null) notes.Add("no race in the last 365 days and no recent run with heart rate: no VDOT for training paces");

        var speed = CriticalFit(athlete, recorded, IsRun, Channels.Distance, (t, v, d) => BestEfforts.MaxDistance(t, v, d), power: false, notes);
        var power = CriticalFit(athlete, recorded, a => a.Sport == Sport.Cycling, Channels.Power, (t, v, d) => BestEfforts.MaxMeanPower(t, v, d), power: true, notes);

        var paces = vdot is null ? [] : TrainingZones.DanielsPaces(vdot.Value).Select((z, k) => new PaceRange(
            z.Label, DanielsShares[k], Round(1000 / z.Low, 1), Round(1000 / z.High, 1))).ToList();
        EasyPaceView? easy = null;
        if (vdot is not null)
        {
            var range = EasyPaceRange.For(vdot.Value, readiness);
            easy = new EasyPaceView(Round(1000 / range.SlowMetersPerSecond, 1), Round(1000 / range.FastMetersPerSecond, 1), Round(range.LowFraction, 4),
                Round(range.HighFraction, 4), readiness is { } r ? Round(r, 1) : null,
                "Daniels' easy intensity, 59–74 % of VO2max through the Daniels–Gilbert oxygen cost; with s = clamp((readiness − 50)/30, −1, 1) the range moves to its fast end when recovered (slow end 0.59 + 0.06s) and slows when fatigued (fast end 0.74 + 0.10s, slow end 0.59 + 0.03s) (Formcast rule after Vesterinen et al. 2016)");
        }

        return new FitnessEstimates(vo2, vdot, speed, power, thresholds is null ? [] : Zones(thresholds), paces, easy, notes);
    }

    private static readonly string[] DanielsShares = ["59–74 % VO2max", "75–84 % VO2max", "83–88 % VO2max", "95–100 % VO2max", "105–120 % VO2max"];

    private static Vo2MaxEstimate? EffectiveVo2MaxOf(Athlete athlete, DateOnly date, IReadOnlyList<Activity> recorded, List<string> notes)
    {
        var from = date.AddDays(1 - Vo2MaxDays);
        var estimates = new List<(double Vo2Max, double Seconds)>();
        foreach (var run in recorded.Where(IsRun))
        {
            var day = athlete.LocalDayOf(run.StartUtc);
            if (day < from || athlete.ThresholdsOn(day) is not { } t) continue;
            var value = EffectiveVo2Max.FromActivity(run, t);
            if (double.IsFinite(value)) estimates.Add((value, run.MovingSeconds ?? run.DurationSeconds));
        }

        if (estimates.Count == 0)
        {
            notes.Add(Invariant($"no run with distance and heart rate in the last {Vo2MaxDays} days: no effective VO2max"));
            return null;
        }

        return new Vo2MaxEstimate(Round(EffectiveVo2Max.Shape(estimates), 2), estimates.Count, from, date, Invariant(
            $"Runalyze's effective VO2max per run: distance + 2 m per m climbed − 1 m per m descended (5-m hysteresis on the altitude stream), speed ÷ e^((HR/HRmax − 1.00466)/0.68725), Daniels–Gilbert oxygen cost of that speed; duration-weighted mean of the runs of the last {Vo2MaxDays} days (Runalyze shape), without race correction"));
    }

    private static CriticalIntensityView? CriticalFit(Athlete athlete, IReadOnlyList<Activity> recorded, Func<Activity, bool> kind, ChannelInfo channel,
        Func<double[], double[], int, double> best, bool power, List<string> notes)
    {
        var quantity = power ? "critical power" : "critical speed";
        var efforts = new List<BestEffort>();
        foreach (var seconds in BestEfforts.DurationsSeconds)
        {
            var top = (Value: double.NaN, Source: "");
            foreach (var activity in recorded.Where(kind))
            {
                if (activity.Streams?.Get(channel) is not { } stream) continue;
                var value = best(activity.Streams.TimeSeconds, stream, seconds);
                if (double.IsFinite(value) && !(value <= top.Value))
                    top = (value, Invariant($"{athlete.LocalDayOf(activity.StartUtc):yyyy-MM-dd} {activity.SubSport ?? Names.Sport(activity.Sport)}"));
            }

            if (double.IsFinite(top.Value)) efforts.Add(new BestEffort(seconds, top.Value, top.Source));
        }

        if (efforts.Count < 2)
        {
            if (recorded.Any(kind)) notes.Add(Invariant($"{quantity}: fewer than two best efforts of 3–12 min in the last {BestEffortDays} days"));
            return null;
        }

        var fit = power ? CriticalIntensity.FitPower(efforts) : CriticalIntensity.FitSpeed(efforts);
        var convention = Invariant($"two-parameter model {(power ? "work = W′ + CP·t" : "distance = D′ + CS·t")}, least squares over the best 3, 5, 8 and 12 min of the last {BestEffortDays} days' {(power ? "rides" : "runs")} (Monod & Scherrer 1965; Jones et al. 2010)");
        List<string> caveats = ["best efforts from training, not tests to exhaustion: the estimate is a floor", .. fit.Notes];
        return new CriticalIntensityView(
            quantity, Round(fit.Critical, power ? 1 : 3), power ? "W" : "m/s", power ? null : Round(1000 / fit.Critical, 1), Round(fit.Reserve, 0), power ? "J" : "m",
            Nullable(fit.CriticalStandardError, power ? 1 : 3), Nullable(fit.ReserveStandardError, 0), Round(fit.RSquared, 4),
            [.. efforts.Select(e => new EffortView(e.DurationSeconds, Round(e.Value, 1), e.Label ?? ""))], convention, caveats);
    }

    private static List<ZoneSetView> Zones(PhysiologicalThresholds t)
    {
        var zones = new List<ZoneSetView>
        {
            t.ThresholdHeartRateBpm is { } lthr
                ? View(TrainingZones.HeartRateByThreshold(lthr), Invariant($"Friel's zones from threshold heart rate {lthr:0} bpm: 0/85/90/95/100/103/106 % (the zones of heart-rate load)"))
                : View(TrainingZones.HeartRateByMaximum(t.MaxHeartRateBpm), Invariant($"Edwards' zones at 50/60/70/80/90 % of maximal heart rate {t.MaxHeartRateBpm:0} bpm (the zones of heart-rate load)")),
            View(TrainingZones.HeartRateByReserve(t.RestingHeartRateBpm, t.MaxHeartRateBpm),
                Invariant($"Karvonen zones at 50/60/70/80/90 % of heart-rate reserve ({t.RestingHeartRateBpm:0}–{t.MaxHeartRateBpm:0} bpm; Karvonen et al. 1957)")),
        };
        if (t.ThresholdPaceSecondsPerKm is { } pace)
            zones.Add(View(TrainingZones.PaceByThreshold(pace), Invariant($"Friel's pace zones from threshold pace {Numbers.Clock(pace)} /km: 129/114/106/99/97/90 % of threshold pace, stored as speeds")));
        if (t.ThresholdPowerWatts is { } watts)
            zones.Add(View(TrainingZones.PowerByThreshold(watts), Invariant($"power levels from threshold power {watts:0} W: 0/56/76/91/106/121/151 % (Allen & Coggan 2010)")));
        return zones;

        static ZoneSetView View(ZoneSet set, string convention) => new(set.Name, set.Unit, convention,
            [.. set.Zones.Select(z => new ZoneRange(z.Label, Round(z.Low, 3), double.IsFinite(z.High) ? Round(z.High, 3) : null))]);
    }

    private static List<RaceForecast> Forecasts(IReadOnlyList<RaceResult> races, DateOnly date, IReadOnlyList<RunSummary> recentRuns, out (double, string)? vdot)
    {
        vdot = null;
        var forecasts = new List<RaceForecast>();
        foreach (var (label, meters) in RaceDistances)
        {
            var set = RacePredictor.Predict(races, meters, date, recentRuns: recentRuns);
            if (set.Predictions.Count == 0) continue;
            var daniels = set.Predictions.First(p => p.Method == "daniels-vdot");
            var reference = daniels.RacesUsed[0];
            vdot ??= (daniels.Inputs["vdot"], Invariant($"best race of the last 365 days: {reference.Name ?? "race"} {reference.DistanceMeters:0} m in {Numbers.Clock(reference.TimeSeconds)} on {reference.Date:yyyy-MM-dd} (Daniels VDOT, heat-corrected when its weather is known)"));
            forecasts.Add(new RaceForecast(label, meters, Nullable(set.LowSeconds, 1), Nullable(set.HighSeconds, 1), [.. set.Predictions.Select(p => new RaceMethodView(
                p.Method, Round(p.PredictedSeconds, 1), p.Inputs.ToDictionary(kv => kv.Key, kv => Round(kv.Value, 4), StringComparer.Ordinal),
                [.. p.RacesUsed.Select(r => new RaceUsed(r.Date, r.Name, r.DistanceMeters, r.TimeSeconds, r.TemperatureCelsius, r.RelativeHumidityPercent))],
                p.Notes))]));
        }

        return forecasts;
    }

    internal static bool IsRun(Activity activity) => activity.Sport is Sport.Running or Sport.DistanceRunning;

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static double? Nullable(double value, int digits) => double.IsFinite(value) ? Round(value, digits) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
