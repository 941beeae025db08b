namespace Formcast.Formats.Xml.Internal;

/// <summary>Summary values over a channel that may hold NaN for missing samples.</summary>
internal static class SeriesStats
{
    /// <summary>Mean of the present values; null when there are none.</summary>
    public static double? Mean(double[]? values)
    {
        if (values is null) return null;
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            n++;
        }

        return n == 0 ? null : sum / n;
    }

    /// <summary>Largest present value; null when there are none.</summary>
    public static double? Max(double[]? values)
    {
        if (values is null) return null;
        double? max = null;
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && (max is null || v > max)) max = v;
        }

        return max;
    }

    /// <summary>
    /// Total ascent as the sum of every rise between consecutive present altitudes, without smoothing — the
    /// convention of python-tcxparser (<c>ascent</c>) and tcxread (<c>total_ascent</c>), whose published values the
    /// conformance suite reproduces. Barometric noise inflates it; Signals offers smoothed variants.
    /// </summary>
    public static double? AscentOfRawRises(double[]? altitude)
    {
        if (altitude is null) return null;
        double ascent = 0;
        var previous = double.NaN;
        var any = false;
        foreach (var a in altitude)
        {
            if (double.IsNaN(a)) continue;
            if (!double.IsNaN(previous) && a > previous) ascent += a - previous;
            previous = a;
            any = true;
        }

        return any ? ascent : null;
    }
}
