namespace Formcast.Analytics;

/// <summary>
/// Seconds spent in each zone of a stream. Zone k covers [floor_k, floor_(k+1)); the last zone is open-ended and values
/// below the first floor are not counted. Each sample stands for the interval ending at it (Runalyze's time-series
/// convention, see <see cref="SampleDurations"/>); NaN samples are skipped.
/// </summary>
public static class TimeInZones
{
    public static void Compute(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, ReadOnlySpan<double> zoneFloors,
        Span<double> secondsPerZone, double maxSampleIntervalSeconds = SampleDurations.DefaultMaxIntervalSeconds)
    {
        if (timeSeconds.Length != values.Length) throw new ArgumentException("time and value streams differ in length", nameof(values));
        if (secondsPerZone.Length != zoneFloors.Length) throw new ArgumentException("one destination slot per zone is required", nameof(secondsPerZone));
        for (var k = 1; k < zoneFloors.Length; k++)
        {
            if (!(zoneFloors[k] > zoneFloors[k - 1])) throw new ArgumentException("zone floors must ascend", nameof(zoneFloors));
        }

        secondsPerZone.Clear();
        var previous = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var delta = timeSeconds[i] - previous;
            previous = timeSeconds[i];
            var duration = delta <= 0 || double.IsNaN(delta) ? 0 : Math.Min(delta, maxSampleIntervalSeconds);
            var v = values[i];
            if (double.IsNaN(v) || duration == 0) continue;
            for (var k = zoneFloors.Length - 1; k >= 0; k--)
            {
                if (v >= zoneFloors[k])
                {
                    secondsPerZone[k] += duration;
                    break;
                }
            }
        }
    }
}
