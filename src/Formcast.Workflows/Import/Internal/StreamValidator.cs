using System.Globalization;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Signals;

namespace Formcast.Workflows.Import.Internal;

/// <summary>
/// Checks one session's streams and says what it found; it never drops a session silently. Values no body or device
/// can produce (outside <see cref="PhysiologicalRanges"/>, e.g. heart rate 0 or 260) become missing, with a warning
/// naming the channel, the count and the first offending sample. Speed spikes (Hampel filter, 7-s half window, 4
/// scaled MADs) and GPS jumps (an implied speed above the sport's limit between consecutive fixes) become missing the
/// same way. Pauses, clock jumps and statistical outliers (|z| &gt; 4 and Tukey fences at 3 IQR) are reported but kept.
/// When two sensors record the same quantity (e.g. <c>heart_rate</c> from a chest strap and <c>heart_rate_wrist</c>),
/// the first is kept where it has a value and the second fills its gaps; their agreement is reported.
/// </summary>
internal static class StreamValidator
{
    /// <summary>A pause longer than this is reported as a gap.</summary>
    public const double GapSeconds = 60;

    /// <summary>A step forward longer than this reads as a clock jump rather than a pause.</summary>
    public const double ClockJumpSeconds = 6 * 3600;

    /// <summary>Speed rise per second above which a Hampel outlier counts as a sensor spike, m/s per s.</summary>
    public const double MaxSpikeJump = 8;

    public static (SampleStreams? Streams, List<FormatDiagnostic> Findings) Validate(SampleStreams? streams, Sport sport, double durationSeconds, string file)
    {
        var findings = new List<FormatDiagnostic>();
        if (streams is null || streams.Count == 0) return (streams, findings);
        streams = TrimAfterEnd(streams, durationSeconds, file, findings);
        var channels = streams.Channels.ToDictionary(c => c.Key, c => (double[])c.Value.Clone(), StringComparer.Ordinal);

        Fuse(channels, file, findings);
        foreach (var (name, values) in channels)
        {
            if (PhysiologicalRanges.For(Channels.Describe(name), sport) is { } limits) MaskOutOfRange(name, values, limits, streams.TimeSeconds, file, findings);
        }

        if (channels.TryGetValue(Channels.Speed.Name, out var speed)) MaskSpikes(speed, streams.TimeSeconds, file, findings);
        MaskGpsJumps(channels, streams.TimeSeconds, sport, file, findings);
        ReportGaps(streams.TimeSeconds, file, findings);
        foreach (var name in new[] { Channels.HeartRate.Name, Channels.Power.Name })
        {
            if (channels.TryGetValue(name, out var values)) ReportOutliers(name, values, file, findings);
        }

        return (new SampleStreams(streams.TimeSeconds, channels, streams.RrIntervalsMs), findings);
    }

    /// <summary>Samples stamped more than an hour past the session's end (a device clock jump) cannot be placed; they are
    /// dropped and reported.</summary>
    private static SampleStreams TrimAfterEnd(SampleStreams streams, double durationSeconds, string file, List<FormatDiagnostic> findings)
    {
        var limit = durationSeconds + 3600;
        var keep = Array.FindIndex(streams.TimeSeconds, t => t > limit);
        if (keep < 0) return streams;
        findings.Add(Warning("validate.clock-jump", "time",
            Invariant($"{streams.Count - keep} sample(s) stamped after the session's end (the clock jumps to {streams.TimeSeconds[keep]:0} s at sample {keep}) were dropped"), file));
        return new SampleStreams(streams.TimeSeconds[..keep], streams.Channels.ToDictionary(c => c.Key, c => c.Value[..keep], StringComparer.Ordinal), streams.RrIntervalsMs);
    }

    private static void MaskOutOfRange(string name, double[] values, ChannelLimits limits, double[] time, string file, List<FormatDiagnostic> findings)
    {
        var status = new RangeStatus[values.Length];
        if (PhysiologicalRanges.Check(values, limits, status) == 0) return;
        var first = Array.FindIndex(status, s => s is RangeStatus.BelowMinimum or RangeStatus.AboveMaximum);
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (status[i] is not (RangeStatus.BelowMinimum or RangeStatus.AboveMaximum)) continue;
            values[i] = double.NaN;
            count++;
        }

        findings.Add(Warning("validate.range", name,
            Invariant($"{count} sample(s) outside {limits.Minimum}–{limits.Maximum} {limits.Unit} set to missing (first: {Value(values, first, status, limits)} at {Clock(time[first])})"), file));
    }

    private static string Value(double[] values, int index, RangeStatus[] status, ChannelLimits limits) =>
        status[index] == RangeStatus.BelowMinimum ? Invariant($"below {limits.Minimum}") : Invariant($"above {limits.Maximum}");

    private static void MaskSpikes(double[] speed, double[] time, string file, List<FormatDiagnostic> findings)
    {
        var outlying = new bool[speed.Length];
        // A spike is a Hampel outlier (7-s half window, 4 scaled MADs; Pearson 2002) that is also physically implausible:
        // more than MaxSpikeJump m/s above the previous value within a second — human acceleration stays well below
        // that (sprint starts reach about 4–6 m/s² at elite level), while GPS speed glitches jump by far more.
        Outliers.Hampel(speed, 7, 4, outlying);
        var masked = 0;
        var first = -1;
        var previous = -1;
        for (var i = 0; i < speed.Length; i++)
        {
            if (double.IsNaN(speed[i])) continue;
            var jump = previous < 0 ? 0 : (speed[i] - speed[previous]) / Math.Max(1, time[i] - time[previous]);
            if (outlying[i] && jump > MaxSpikeJump)
            {
                if (first < 0) first = i;
                speed[i] = double.NaN;
                masked++;
                continue;
            }

            previous = i;
        }

        if (masked > 0) findings.Add(Warning("validate.spike", Channels.Speed.Name, Invariant($"{masked} speed spike(s) set to missing (first at {Clock(time[first])})"), file));
    }

    private static void MaskGpsJumps(Dictionary<string, double[]> channels, double[] time, Sport sport, string file, List<FormatDiagnostic> findings)
    {
        if (!channels.TryGetValue(Channels.Latitude.Name, out var lat) || !channels.TryGetValue(Channels.Longitude.Name, out var lon)) return;
        var limit = (sport is Sport.Cycling ? PhysiologicalRanges.Speed : PhysiologicalRanges.RunningSpeed).Maximum;
        var previous = -1;
        var jumps = 0;
        var first = -1;
        for (var i = 0; i < lat.Length; i++)
        {
            if (double.IsNaN(lat[i]) || double.IsNaN(lon[i])) continue;
            if (previous >= 0)
            {
                var seconds = Math.Max(1, time[i] - time[previous]);
                var meters = Haversine(lat[previous], lon[previous], lat[i], lon[i]);
                if (meters / seconds > limit && meters > 50)
                {
                    lat[i] = lon[i] = double.NaN;
                    jumps++;
                    if (first < 0) first = i;
                    continue;
                }
            }

            previous = i;
        }

        if (jumps > 0) findings.Add(Warning("validate.gps-jump", "position", Invariant($"{jumps} position fix(es) implying more than {limit} m/s from the previous fix set to missing (first at {Clock(time[first])})"), file));
    }

    private static void ReportGaps(double[] time, string file, List<FormatDiagnostic> findings)
    {
        var gaps = 0;
        var longest = 0.0;
        for (var i = 1; i < time.Length; i++)
        {
            var step = time[i] - time[i - 1];
            if (step > ClockJumpSeconds)
            {
                findings.Add(Warning("validate.clock-jump", "time", Invariant($"the clock jumps forward {step / 3600:0.#} h at sample {i} ({Clock(time[i - 1])})"), file));
            }
            else if (step > GapSeconds)
            {
                gaps++;
                longest = Math.Max(longest, step);
            }
        }

        if (gaps > 0) findings.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "validate.gap", Invariant($"{gaps} pause(s) longer than {GapSeconds} s (longest {longest:0} s)"), file, Field: "time"));
    }

    private static void ReportOutliers(string name, double[] values, string file, List<FormatDiagnostic> findings)
    {
        var z = new bool[values.Length];
        var tukey = new bool[values.Length];
        var zCount = Outliers.ZScore(values, 4, z);
        var tukeyCount = Outliers.Tukey(values, 3, tukey);
        if (zCount + tukeyCount == 0) return;
        findings.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "validate.outlier",
            Invariant($"{zCount} value(s) beyond 4 SD and {tukeyCount} beyond the 3-IQR fences (kept; check the sensor)"), file, Field: name));
    }

    /// <summary>Fuses <c>x</c> with <c>x_suffix</c> channels: the first fills where it has values, the others fill its gaps.</summary>
    private static void Fuse(Dictionary<string, double[]> channels, string file, List<FormatDiagnostic> findings)
    {
        foreach (var primary in channels.Keys.Where(k => Channels.Known.ContainsKey(k)).ToList())
        {
            foreach (var secondary in channels.Keys.Where(k => k.StartsWith(primary + "_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList())
            {
                var a = channels[primary];
                var b = channels[secondary];
                int filled = 0, both = 0;
                var absoluteDifference = 0.0;
                for (var i = 0; i < a.Length; i++)
                {
                    if (double.IsNaN(b[i])) continue;
                    if (double.IsNaN(a[i]))
                    {
                        a[i] = b[i];
                        filled++;
                    }
                    else
                    {
                        both++;
                        absoluteDifference += Math.Abs(a[i] - b[i]);
                    }
                }

                findings.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "validate.fusion",
                    Invariant($"two sensors record {primary}: '{primary}' kept, '{secondary}' filled {filled} gap(s); mean absolute difference {(both == 0 ? double.NaN : absoluteDifference / both):0.0} {Channels.Describe(primary).Unit} over {both} shared samples"),
                    file, Field: primary));
            }
        }
    }

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthRadiusMeters = 6_371_008.8;
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * earthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static FormatDiagnostic Warning(string code, string field, string message, string file) =>
        new(DiagnosticSeverity.Warning, code, message, file, Field: field);

    private static string Clock(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
