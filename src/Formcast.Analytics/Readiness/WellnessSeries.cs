using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Wellness entries laid out by day over a fixed range, one array per field (NaN = not answered), so baseline windows
/// are plain span statistics. HRV readings keep their (metric, source) so baselines only compare like with like:
/// rMSSD and SDNN, or a chest strap and an overnight watch, are not interchangeable.
/// </summary>
internal sealed class WellnessSeries
{
    public WellnessSeries(DateOnly firstDay, int length, IEnumerable<WellnessEntry> entries)
    {
        FirstDay = firstDay;
        HasEntry = new bool[length];
        Fields = new double[WellnessField.All.Count][];
        for (var f = 0; f < Fields.Length; f++) Array.Fill(Fields[f] = new double[length], double.NaN);
        HrvLn = new double[length];
        Array.Fill(HrvLn, double.NaN);
        HrvKey = new int[length];
        Array.Fill(HrvKey, -1);
        var keys = new Dictionary<(HrvMetric, string), int>();
        foreach (var entry in entries)
        {
            var index = entry.Date.DayNumber - firstDay.DayNumber;
            if ((uint)index >= (uint)length) continue;
            HasEntry[index] = true;
            for (var f = 0; f < Fields.Length; f++)
            {
                if (WellnessField.All[f].Read(entry) is { } v && double.IsFinite(v)) Fields[f][index] = v;
            }

            if (entry.Hrv is { ValueMs: > 0 } hrv)
            {
                var key = (hrv.Metric, hrv.Source);
                if (!keys.TryGetValue(key, out var id)) keys[key] = id = keys.Count;
                HrvLn[index] = Math.Log(hrv.ValueMs);
                HrvKey[index] = id;
                HrvMetricOf[id] = hrv.Metric;
            }
        }
    }

    public DateOnly FirstDay { get; }

    public bool[] HasEntry { get; }

    public double[][] Fields { get; }

    public double[] HrvLn { get; }

    public int[] HrvKey { get; }

    public Dictionary<int, HrvMetric> HrvMetricOf { get; } = [];
}
