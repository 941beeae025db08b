namespace Formcast.Analytics;

/// <summary>
/// The two-parameter hyperbolic critical power / critical speed model (Monod &amp; Scherrer 1965; Hill 1993; Jones et al.
/// 2010, MSSE 42:1876), fitted in its linear work–time form by ordinary least squares: work W = W′ + CP·t for power
/// (W = mean power × t), distance d = D′ + CS·t for running. The model describes efforts of roughly 2 to 15 minutes;
/// efforts outside that range are used but noted.
/// </summary>
public static class CriticalIntensity
{
    /// <summary>Fits critical power from efforts whose <see cref="BestEffort.Value"/> is mean power in watts.</summary>
    public static CriticalIntensityFit FitPower(IReadOnlyList<BestEffort> efforts) =>
        Fit(efforts, e => e.Value * e.DurationSeconds);

    /// <summary>Fits critical speed from efforts whose <see cref="BestEffort.Value"/> is distance in metres.</summary>
    public static CriticalIntensityFit FitSpeed(IReadOnlyList<BestEffort> efforts) => Fit(efforts, e => e.Value);

    private static CriticalIntensityFit Fit(IReadOnlyList<BestEffort> efforts, Func<BestEffort, double> work)
    {
        if (efforts.Count < 2) throw new ArgumentException("at least two efforts of different durations are required", nameof(efforts));
        var n = efforts.Count;
        var t = efforts.Select(e => e.DurationSeconds).ToArray();
        var w = efforts.Select(work).ToArray();
        var meanT = t.Average();
        var meanW = w.Average();
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (t[i] - meanT) * (t[i] - meanT);
            sxy += (t[i] - meanT) * (w[i] - meanW);
            syy += (w[i] - meanW) * (w[i] - meanW);
        }

        if (!(sxx > 0)) throw new ArgumentException("efforts must have at least two different durations", nameof(efforts));
        var slope = sxy / sxx;
        var intercept = meanW - (slope * meanT);
        var sse = 0.0;
        for (var i = 0; i < n; i++) sse += Math.Pow(w[i] - (intercept + (slope * t[i])), 2);
        var s2 = n > 2 ? sse / (n - 2) : double.NaN;
        var seSlope = Math.Sqrt(s2 / sxx);
        var seIntercept = Math.Sqrt(s2 * ((1.0 / n) + (meanT * meanT / sxx)));
        var r2 = syy > 0 ? 1 - (sse / syy) : 1;

        var notes = new List<string>();
        foreach (var e in efforts.Where(e => e.DurationSeconds is < 120 or > 900))
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"effort of {e.DurationSeconds:0} s lies outside the 2–15 min range the two-parameter model describes"));
        }

        if (intercept <= 0) notes.Add("non-positive reserve (W′/D′): the efforts are not all maximal or the durations are too similar");
        return new CriticalIntensityFit(slope, intercept, seSlope, seIntercept, r2, efforts, notes);
    }
}
