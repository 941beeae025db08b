using System.Globalization;
using Formcast.Core;
using Formcast.Signals;

namespace Formcast.Analytics;

/// <summary>
/// Turns a day's wellness and its baselines into readiness contributors and a number. Each contributor carries today's
/// value, the baseline mean, a z-score signed so that positive is better, a direction and one plain sentence.
/// Readiness = 100 × Φ(z̄), with z̄ the weighted mean of the contributors' z-scores (each clipped to ±3; the HRV trend
/// counts at most +1 because HRV above the normal band is not simply better): 50 means "at your baseline".
/// </summary>
internal static class ReadinessEvaluator
{
    private const double ClipZ = 3;

    public static ReadinessResult Evaluate(WellnessSeries series, int day, ReadinessOptions options)
    {
        var contributors = new List<ReadinessContributor>();
        var metrics = new List<KeyValuePair<string, double>>();
        var flags = DayQualityFlags.None;
        double weightedZ = 0, weights = 0;
        if (!series.HasEntry[day]) flags |= DayQualityFlags.NoWellness;
        if (double.IsNaN(series.HrvLn[day])) flags |= DayQualityFlags.NoHrv;

        if (EvaluateHrv(series, day, options, metrics, ref flags) is { } hrv)
        {
            contributors.Add(hrv);
            if (hrv.ZScore is { } z)
            {
                weightedZ += WellnessField.HrvWeight * Math.Clamp(z, -ClipZ, 1);
                weights += WellnessField.HrvWeight;
            }
        }

        for (var f = 0; f < WellnessField.All.Count; f++)
        {
            var field = WellnessField.All[f];
            var values = series.Fields[f];
            var today = values[day];
            if (double.IsNaN(today)) continue;
            var from = Math.Max(0, day - options.WellnessBaselineDays);
            var baseline = values.AsSpan(from, day - from);
            var count = TimeDomain.CountPresent(baseline);
            var mean = TimeDomain.Mean(baseline);
            var sd = TimeDomain.StandardDeviation(baseline);
            if (count < options.MinimumWellnessBaselineValues)
            {
                contributors.Add(new ReadinessContributor(field.Name, today, field.Unit, count > 0 ? mean : null, null, ContributorDirection.Neutral,
                    string.Create(CultureInfo.InvariantCulture, $"{field.Label} {WithUnit(today, field)}: baseline still building ({count} of {options.MinimumWellnessBaselineValues} days).")));
                continue;
            }

            var scale = Math.Max(sd, field.SdFloor);
            var signedZ = (field.HigherIsBetter ? 1 : -1) * (today - mean) / scale;
            metrics.Add(new(field.Name + "_z", signedZ));
            contributors.Add(new ReadinessContributor(field.Name, today, field.Unit, mean, signedZ, Direction(signedZ, options),
                Explain(field, today, mean, signedZ, options)));
            weightedZ += field.Weight * Math.Clamp(signedZ, -ClipZ, ClipZ);
            weights += field.Weight;
        }

        double? score = null;
        if (weights > 0)
        {
            var z = weightedZ / weights;
            metrics.Add(new("readiness_z", z));
            score = 100 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, z);
        }

        return new ReadinessResult(score, contributors, flags, metrics);
    }

    private static ReadinessContributor? EvaluateHrv(WellnessSeries series, int day, ReadinessOptions options, List<KeyValuePair<string, double>> metrics, ref DayQualityFlags flags)
    {
        // The comparison uses the most recent reading's (metric, source) inside the rolling window.
        var rollingFrom = Math.Max(0, day - options.HrvRollingDays + 1);
        var key = -1;
        for (var d = day; d >= rollingFrom && key < 0; d--) key = series.HrvKey[d];
        if (key < 0) return null;

        // Hand-rolled rather than TimeDomain.Mean/StandardDeviation: the windows keep only readings of one (metric,
        // source) key, a filter the NaN-skipping Signals statistics cannot express without copying the window first.
        var rollingCount = 0;
        var rollingSum = 0.0;
        for (var d = rollingFrom; d <= day; d++)
        {
            if (series.HrvKey[d] != key) continue;
            rollingCount++;
            rollingSum += series.HrvLn[d];
        }

        var baselineFrom = Math.Max(0, day - options.HrvBaselineDays);
        var baselineCount = 0;
        double sum = 0, squares = 0;
        for (var d = baselineFrom; d < day; d++)
        {
            if (series.HrvKey[d] != key) continue;
            baselineCount++;
            sum += series.HrvLn[d];
        }

        var mean = baselineCount > 0 ? sum / baselineCount : double.NaN;
        for (var d = baselineFrom; d < day; d++)
        {
            if (series.HrvKey[d] == key) squares += (series.HrvLn[d] - mean) * (series.HrvLn[d] - mean);
        }

        var metricName = series.HrvMetricOf[key] == HrvMetric.Rmssd ? "rMSSD" : "SDNN";
        if (!double.IsNaN(series.HrvLn[day])) metrics.Add(new("hrv_ln", series.HrvLn[day]));
        if (rollingCount < options.MinimumHrvRollingValues)
        {
            return new ReadinessContributor("hrv", null, "ln ms", null, null, ContributorDirection.Neutral,
                string.Create(CultureInfo.InvariantCulture, $"HRV trend needs {options.MinimumHrvRollingValues} {metricName} readings in {options.HrvRollingDays} days; {rollingCount} so far."));
        }

        var rolling = rollingSum / rollingCount;
        metrics.Add(new("hrv_ln_7d", rolling));
        if (baselineCount < options.MinimumHrvBaselineValues)
        {
            flags |= DayQualityFlags.ShortHrvBaseline;
            return new ReadinessContributor("hrv", rolling, "ln ms", baselineCount > 0 ? mean : null, null, ContributorDirection.Neutral,
                string.Create(CultureInfo.InvariantCulture, $"HRV normal band still building: {baselineCount} of {options.MinimumHrvBaselineValues} days of {metricName} readings."));
        }

        // A perfectly stable baseline would give an infinite z; 0.01 ln units is about a 1 % change in rMSSD.
        var sd = Math.Max(Math.Sqrt(squares / (baselineCount - 1)), 0.01);
        var low = mean - (options.HrvBandWidthSd * sd);
        var high = mean + (options.HrvBandWidthSd * sd);
        var z = (rolling - mean) / sd;
        metrics.Add(new("hrv_baseline_mean", mean));
        metrics.Add(new("hrv_baseline_sd", sd));
        metrics.Add(new("hrv_band_low", low));
        metrics.Add(new("hrv_band_high", high));
        var trend = string.Create(CultureInfo.InvariantCulture, $"HRV {options.HrvRollingDays}-day mean ln {metricName} {rolling:F2} ({Math.Exp(rolling):F0} ms)");
        var band = string.Create(CultureInfo.InvariantCulture, $"your normal band {low:F2}–{high:F2} from the last {options.HrvBaselineDays} days");
        var (direction, sentence) = rolling < low
            ? (ContributorDirection.Lowers, $"{trend} is below {band}: recovery may be incomplete; keep hard sessions for when it is back inside.")
            : rolling > high
                ? (ContributorDirection.Neutral, $"{trend} is above {band}: usually a good sign, but read it with the other signals.")
                : (ContributorDirection.Neutral, $"{trend} is inside {band}.");
        return new ReadinessContributor("hrv", rolling, "ln ms", mean, z, direction, sentence);
    }

    private static ContributorDirection Direction(double signedZ, ReadinessOptions options) =>
        signedZ >= options.YellowZ ? ContributorDirection.Raises
        : signedZ <= -options.YellowZ ? ContributorDirection.Lowers
        : ContributorDirection.Neutral;

    private static string Explain(WellnessField field, double today, double mean, double signedZ, ReadinessOptions options)
    {
        var magnitude = Math.Abs(signedZ);
        var band = magnitude >= options.RedZ ? "red" : magnitude >= options.YellowZ ? "yellow" : "normal";
        var side = signedZ >= 0 ? "better" : "worse";
        var comparison = magnitude < options.YellowZ
            ? "within your normal range"
            : string.Create(CultureInfo.InvariantCulture, $"{magnitude:F1} SD {side} than usual");
        return string.Create(CultureInfo.InvariantCulture, $"{field.Label} {WithUnit(today, field)} vs your {options.WellnessBaselineDays}-day mean {Format(mean, field.Format)}: {comparison} ({band}).");
    }

    private static string WithUnit(double value, WellnessField field) => field.Unit switch
    {
        "1-5" => Format(value, field.Format) + "/5",
        "0-10" => Format(value, field.Format) + "/10",
        _ => Format(value, field.Format) + " " + field.Unit,
    };

    /// <summary>Standard numeric formats only: custom patterns such as "0.#" cost about 2.5 times as much, and readiness
    /// sentences are composed for every contributor of every athlete-day. A format of "0.#" shows whole answers without
    /// decimals.</summary>
    private static string Format(double value, string format) => format switch
    {
        "0.#" => value.ToString(value == Math.Round(value) ? "F0" : "F1", CultureInfo.InvariantCulture),
        "0.0" => value.ToString("F1", CultureInfo.InvariantCulture),
        _ => value.ToString("F0", CultureInfo.InvariantCulture),
    };
}
