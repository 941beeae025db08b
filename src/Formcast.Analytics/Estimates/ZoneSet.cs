namespace Formcast.Analytics;

/// <summary>
/// A named, ordered set of training zones in one unit (bpm, W, or m/s for pace — speed ascends where pace descends,
/// so pace zones are stored as speeds and shown as pace).
/// </summary>
/// <param name="Name">Model name with its source, e.g. "friel-lthr".</param>
/// <param name="Unit">"bpm", "W" or "m/s".</param>
/// <param name="Zones">Contiguous zones, ascending.</param>
public sealed record ZoneSet(string Name, string Unit, IReadOnlyList<Zone> Zones)
{
    /// <summary>The zones' lower bounds, ascending.</summary>
    public double[] Floors() => [.. Zones.Select(z => z.Low)];

    /// <summary>Seconds spent in each zone by a stream (see <see cref="TimeInZones"/>).</summary>
    public double[] SecondsIn(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values)
    {
        var seconds = new double[Zones.Count];
        TimeInZones.Compute(timeSeconds, values, Floors(), seconds);
        return seconds;
    }

    /// <summary>Builds contiguous zones from fractions of an anchor value: zone k spans anchor × [fraction_k, fraction_(k+1)).</summary>
    internal static ZoneSet FromFractions(string name, string unit, double anchor, ReadOnlySpan<double> fractions, string labelPrefix = "Z")
    {
        var zones = new List<Zone>(fractions.Length);
        for (var k = 0; k < fractions.Length; k++)
        {
            var high = k + 1 < fractions.Length ? anchor * fractions[k + 1] : double.PositiveInfinity;
            zones.Add(new Zone(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{labelPrefix}{k + 1}"), anchor * fractions[k], high));
        }

        return new ZoneSet(name, unit, zones);
    }
}
