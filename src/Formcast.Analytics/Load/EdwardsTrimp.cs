namespace Formcast.Analytics;

/// <summary>
/// Edwards' zonal TRIMP (Edwards 1993, <i>The Heart Rate Monitor Book</i>): minutes in five zones of % maximal heart
/// rate (50–60, 60–70, 70–80, 80–90, 90–100 %) weighted 1 to 5; time below 50 % counts nothing and time above the
/// maximum counts in the top zone.
/// </summary>
public static class EdwardsTrimp
{
    /// <summary>Zone floors as fractions of maximal heart rate; zone k has weight k + 1.</summary>
    public static ReadOnlySpan<double> ZoneFloors => [0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>Σ weight × minutes for minutes already counted per zone (index 0 = 50–60 %).</summary>
    public static double FromZoneMinutes(ReadOnlySpan<double> minutesPerZone)
    {
        if (minutesPerZone.Length != 5) throw new ArgumentException("Edwards TRIMP has exactly five zones", nameof(minutesPerZone));
        var sum = 0.0;
        for (var k = 0; k < 5; k++) sum += (k + 1) * minutesPerZone[k];
        return sum;
    }

    /// <summary>Zonal TRIMP of a heart-rate stream; each sample stands for the interval ending at it.</summary>
    public static double FromSamples(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRateBpm, double maxHeartRateBpm,
        double maxSampleIntervalSeconds = SampleDurations.DefaultMaxIntervalSeconds)
    {
        Span<double> floors = stackalloc double[5];
        for (var k = 0; k < 5; k++) floors[k] = ZoneFloors[k] * maxHeartRateBpm;
        Span<double> seconds = stackalloc double[5];
        TimeInZones.Compute(timeSeconds, heartRateBpm, floors, seconds, maxSampleIntervalSeconds);
        Span<double> minutes = stackalloc double[5];
        for (var k = 0; k < 5; k++) minutes[k] = seconds[k] / 60;
        return FromZoneMinutes(minutes);
    }

    /// <summary>Zonal TRIMP when only the session's average heart rate is known: all minutes go to its zone.</summary>
    public static double FromAverage(double minutes, double averageHeartRateBpm, double maxHeartRateBpm)
    {
        var fraction = averageHeartRateBpm / maxHeartRateBpm;
        for (var k = 4; k >= 0; k--)
        {
            if (fraction >= ZoneFloors[k]) return (k + 1) * minutes;
        }

        return 0;
    }
}
