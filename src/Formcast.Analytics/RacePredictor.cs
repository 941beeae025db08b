using System.Globalization;
using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Predicts a race time by Riegel, Cameron and Daniels' VDOT (with and without Runalyze's marathon-shape adjustment),
/// each from the best recent race (highest VDOT after carrying hot races back to cool conditions), and carries the
/// predictions to the target race's weather with <see cref="HeatAdjustment"/>. Every prediction lists the race and
/// numbers it used; the set's range is the spread between methods.
/// </summary>
public static class RacePredictor
{
    public static RacePredictionSet Predict(
        IReadOnlyList<RaceResult> races, double targetMeters, DateOnly on, RacePredictorOptions? options = null,
        IReadOnlyList<RunSummary>? recentRuns = null, RaceConditions? conditions = null)
    {
        options ??= new RacePredictorOptions();
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetMeters);

        var candidates = races
            .Where(r => r.Date <= on && r.Date.DayNumber >= on.DayNumber - options.LookbackDays && r.Validate() is null)
            .Select(r => (Race: r, CoolSeconds: CoolSeconds(r, options)))
            .ToList();
        if (candidates.Count == 0) return new RacePredictionSet(targetMeters, [], double.NaN, double.NaN);

        var best = candidates.MaxBy(c => Vdot.FromRace(c.Race.DistanceMeters, c.CoolSeconds));
        var vdot = Vdot.FromRace(best.Race.DistanceMeters, best.CoolSeconds);
        var baseNotes = new List<string>();
        if (best.CoolSeconds != best.Race.TimeSeconds)
            baseNotes.Add(Invariant($"reference race carried back to cool conditions: {best.Race.TimeSeconds:0} s → {best.CoolSeconds:0} s"));

        var predictions = new List<RacePrediction>
        {
            Make("riegel", RaceTimeModels.Riegel(best.Race.DistanceMeters, best.CoolSeconds, targetMeters, options.RiegelExponent),
                new() { ["exponent"] = options.RiegelExponent }),
            Make("cameron", RaceTimeModels.Cameron(best.Race.DistanceMeters, best.CoolSeconds, targetMeters),
                new() { ["f_known"] = RaceTimeModels.CameronFactor(best.Race.DistanceMeters), ["f_target"] = RaceTimeModels.CameronFactor(targetMeters) }),
            Make("daniels-vdot", Vdot.PredictTimeSeconds(vdot, targetMeters), new() { ["vdot"] = vdot }),
        };

        if (recentRuns is { Count: > 0 })
        {
            var history = on.DayNumber - recentRuns.Min(r => r.Date).DayNumber;
            var shape = MarathonShape.Percent(vdot, recentRuns.Where(r => r.Date <= on).Select(r => (r.DistanceMeters / 1000, (double)(on.DayNumber - r.Date.DayNumber))), history);
            var factor = MarathonShape.AdjustmentFactor(targetMeters / 1000, shape);
            predictions.Add(Make("daniels-vdot-marathon-shape", Vdot.PredictTimeSeconds(vdot * factor, targetMeters), new()
            {
                ["vdot"] = vdot,
                ["shape_percent"] = shape,
                ["adjustment_factor"] = factor,
                ["target_weekly_km"] = MarathonShape.TargetWeeklyKm(vdot),
                ["target_long_run_km"] = MarathonShape.TargetLongRunKm(vdot),
            }));
        }

        var finite = predictions.Select(p => p.PredictedSeconds).Where(double.IsFinite).ToList();
        return new RacePredictionSet(targetMeters, predictions, finite.Count > 0 ? finite.Min() : double.NaN, finite.Count > 0 ? finite.Max() : double.NaN);

        RacePrediction Make(string method, double coolSeconds, Dictionary<string, double> inputs)
        {
            var notes = new List<string>(baseNotes);
            inputs["reference_distance_m"] = best.Race.DistanceMeters;
            inputs["reference_seconds_cool"] = best.CoolSeconds;
            var seconds = coolSeconds;
            if (conditions is not null)
            {
                var wbgt = HeatAdjustment.Wbgt(conditions.TemperatureCelsius, conditions.RelativeHumidityPercent);
                var slowing = HeatAdjustment.Slowing(wbgt);
                inputs["target_wbgt_c"] = wbgt;
                inputs["heat_slowing_fraction"] = slowing;
                seconds = coolSeconds * (1 + slowing);
                notes.Add(Invariant($"heat: estimated WBGT {wbgt:0.0} °C slows by {slowing:P1} (Ely et al. 2007, top runners; slower runners slow more)"));
                if (wbgt > HeatAdjustment.MaxObservedWbgtC) notes.Add("WBGT above 25 °C is beyond the data of Ely et al. 2007: the slowing is extrapolated");
            }

            if (method == "riegel" && targetMeters > 30_000)
                notes.Add("Riegel is often at least 10 min too fast in the marathon for recreational runners (Vickers & Vertosick 2016)");
            return new RacePrediction(method, targetMeters, seconds, [best.Race], inputs, notes);
        }
    }

    private static double CoolSeconds(RaceResult race, RacePredictorOptions options) =>
        options.NormaliseInputRacesForHeat && race.TemperatureCelsius is { } t && race.RelativeHumidityPercent is { } rh
            ? HeatAdjustment.ToCool(race.TimeSeconds, t, rh)
            : race.TimeSeconds;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
