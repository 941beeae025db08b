using System.Globalization;
using static Formcast.Workflows.Numbers;

namespace Formcast.Workflows.Athletes;

/// <summary>The tables of an <see cref="AthleteState"/> as display strings, with the convention next to every number;
/// <c>formcast athlete state</c> draws them in the terminal and the report in HTML.</summary>
public static class StateTables
{
    /// <summary>One line naming the day: status, load and its source, sessions and minutes.</summary>
    public static string DayLine(AthleteState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Day is not { } day
            ? string.Create(CultureInfo.InvariantCulture, $"{state.Date:yyyy-MM-dd dddd}: no stored athlete-day")
            : string.Create(CultureInfo.InvariantCulture,
                $"{state.Date:yyyy-MM-dd dddd}: {day.Status}, load {Format(day.Load)} from {day.LoadSource}, {day.Sessions} session(s), {Format(day.TrainingMinutes, "0")} min");
    }

    /// <summary>The day's numbers: value and convention.</summary>
    public static TextTable Daily(AthleteDayView day, NumberConventions c)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(c);
        return TextTable.Of(["Number", "Value", "Convention"],
        [
            ["Load", Format(day.Load), c.Load],
            ["7-day load", Format(day.Load7Days), "sum of the last 7 daily loads, today included"],
            ["Fitness", Format(day.Fitness), c.Fitness],
            ["Fatigue", Format(day.Fatigue), c.Fatigue],
            ["Form", Signed(day.Form), c.Form],
            ["Form after today", Signed(day.FormEndOfDay), "fitness − fatigue at the end of this day"],
            ["Ramp rate", Signed(day.RampRate), c.RampRate],
            ["ACWR rolling coupled", Format(day.AcwrRollingCoupled, "0.00"), c.AcwrRollingCoupled],
            ["ACWR rolling uncoupled", Format(day.AcwrRollingUncoupled, "0.00"), c.AcwrRollingUncoupled],
            ["ACWR EWMA", Format(day.AcwrEwma, "0.00"), c.AcwrEwma],
            ["Monotony", Format(day.Monotony, "0.00"), c.Monotony],
            ["Strain", Format(day.Strain, "0"), c.Strain],
            ["Readiness", day.Readiness is { } r ? Format(r, "0") + " / 100" : "not yet", c.Readiness],
        ], 1);
    }

    /// <summary>Every readiness contributor: value, personal baseline (and HRV band), z, band, effect and sentence.</summary>
    public static TextTable Contributors(AthleteDayView day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return TextTable.Of(["Contributor", "Value", "Baseline", "z", "Band", "Effect", "Explanation"], day.Contributors.Select(x => (IReadOnlyList<string>)
        [
            x.Label, WithUnit(x.Value, x.Unit),
            Format(x.BaselineMean, "0.##") + (x.BandLow is { } lo && x.BandHigh is { } hi ? string.Create(CultureInfo.InvariantCulture, $" ({lo:0.00}–{hi:0.00})") : ""),
            Signed(x.ZScore), x.Band, x.Direction, x.Explanation,
        ]), 1, 2, 3);
    }

    /// <summary>Effective VO2max, the VDOT behind paces, critical speed and power, and today's easy pace.</summary>
    public static TextTable Estimates(FitnessEstimates e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var rows = new List<IReadOnlyList<string>>();
        if (e.EffectiveVo2Max is { } v)
            rows.Add(["Effective VO2max", Format(v.Value, "0.0") + " ml/kg/min", string.Create(CultureInfo.InvariantCulture, $"{v.Runs} runs {v.From:yyyy-MM-dd} – {v.To:yyyy-MM-dd}"), v.Convention]);
        if (e.TrainingVdot is { } vdot) rows.Add(["VDOT for paces", Format(vdot.Value, "0.0"), vdot.Source, "Daniels & Gilbert 1979"]);
        foreach (var fit in new[] { e.CriticalSpeed, e.CriticalPower }.OfType<CriticalIntensityView>())
        {
            var speed = fit.Unit == "m/s";
            var value = speed
                ? string.Create(CultureInfo.InvariantCulture, $"{fit.Critical:0.00} m/s ({Clock(fit.CriticalPaceSecondsPerKm)} /km), D′ {fit.Reserve:0} m")
                : string.Create(CultureInfo.InvariantCulture, $"{fit.Critical:0} W, W′ {fit.Reserve:0} J");
            var efforts = string.Join(", ", fit.Efforts.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.DurationSeconds / 60:0} min {x.Value:0.#} {(speed ? "m" : "W")} ({x.Source})")));
            rows.Add([char.ToUpperInvariant(fit.Quantity[0]) + fit.Quantity[1..], value + string.Create(CultureInfo.InvariantCulture, $", R² {fit.RSquared:0.000}"),
                efforts, fit.Convention + ". " + string.Join("; ", fit.Notes)]);
        }

        if (e.EasyPace is { } easy)
        {
            rows.Add(["Easy pace today", $"{Clock(easy.SlowSecondsPerKm)}–{Clock(easy.FastSecondsPerKm)} /km",
                string.Create(CultureInfo.InvariantCulture, $"{easy.LowFraction:P0}–{easy.HighFraction:P0} of VO2max, readiness {Format(easy.Readiness, "0", "unknown")}"), easy.Convention]);
        }

        return TextTable.Of(["Estimate", "Value", "From", "Convention"], rows);
    }

    /// <summary>Daniels' pace ranges.</summary>
    public static TextTable DanielsPaces(FitnessEstimates e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return TextTable.Of(["Daniels pace", "Intensity", "Slow /km", "Fast /km"],
            e.DanielsPaces.Select(p => (IReadOnlyList<string>)[p.Label, p.Intensity, Clock(p.SlowSecondsPerKm), Clock(p.FastSecondsPerKm)]), 2, 3);
    }

    /// <summary>One row per zone model, one column per zone; pace zones read as pace.</summary>
    public static TextTable Zones(FitnessEstimates e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var width = e.Zones.Count == 0 ? 0 : e.Zones.Max(z => z.Zones.Count);
        var headers = new List<string> { "Zones" };
        for (var k = 1; k <= width; k++) headers.Add(string.Create(CultureInfo.InvariantCulture, $"Z{k}"));
        headers.Add("Convention");
        var rows = e.Zones.Select(set =>
        {
            var pace = set.Unit == "m/s";
            var cells = new List<string> { pace ? "pace /km" : set.Model + " " + set.Unit };
            cells.AddRange(set.Zones.Select(z => pace
                ? (z.High is null ? "< " + PaceOfSpeed(z.Low) : z.Low == 0 ? "> " + PaceOfSpeed(z.High) : PaceOfSpeed(z.Low) + "–" + PaceOfSpeed(z.High))
                : (z.High is null ? "≥ " + Format(z.Low, "0") : z.Low == 0 ? "< " + Format(z.High, "0") : Format(z.Low, "0") + "–" + Format(z.High, "0"))));
            while (cells.Count <= width) cells.Add("");
            cells.Add(set.Convention);
            return (IReadOnlyList<string>)cells;
        });
        return TextTable.Of(headers, rows);
    }

    /// <summary>One row per distance, one column per method, and the range between them.</summary>
    public static TextTable Races(IReadOnlyList<RaceForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var methods = Methods(forecasts);
        return TextTable.Of(["Distance", .. methods, "Range (spread between methods)"], forecasts.Select(f => (IReadOnlyList<string>)
        [
            f.Distance, .. methods.Select(method => Clock(f.Methods.FirstOrDefault(m => m.Method == method)?.Seconds)), $"{Clock(f.LowSeconds)}–{Clock(f.HighSeconds)}",
        ]), [.. Enumerable.Range(1, methods.Count + 1)]);
    }

    /// <summary>The inputs of each method (a value per distance where they differ), the caveats, and the reference race.</summary>
    public static IReadOnlyList<string> RaceInputs(IReadOnlyList<RaceForecast> forecasts)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        if (forecasts.Count == 0) return [];
        var lines = Methods(forecasts).Select(method =>
        {
            var used = forecasts.Select(f => f.Methods.FirstOrDefault(m => m.Method == method)).OfType<RaceMethodView>().ToList();
            var keys = used.SelectMany(m => m.Inputs.Keys).Distinct().Where(k => !k.StartsWith("reference_", StringComparison.Ordinal));
            return method + ": " + string.Join(", ", keys.Select(k =>
            {
                var values = used.Select(m => m.Inputs.TryGetValue(k, out var v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "–").ToList();
                return k + " " + (values.Distinct().Count() == 1 ? values[0] : string.Join(" / ", values));
            }));
        }).ToList();
        lines.AddRange(forecasts.SelectMany(f => f.Methods.SelectMany(m => m.Notes)).Distinct());
        var race = forecasts[0].Methods[0].Races[0];
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"reference race: {race.Name} {race.DistanceMeters:0} m in {Clock(race.TimeSeconds)} on {race.Date:yyyy-MM-dd}{(race.TemperatureCelsius is { } t ? $" at {t:0} °C" : "")}{(race.RelativeHumidityPercent is { } h ? $", {h:0} % humidity" : "")}"));
        return lines;
    }

    private static List<string> Methods(IReadOnlyList<RaceForecast> forecasts) => [.. forecasts.SelectMany(f => f.Methods.Select(m => m.Method)).Distinct()];
}
