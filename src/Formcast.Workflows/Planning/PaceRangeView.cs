using System.Globalization;

namespace Formcast.Workflows.Planning;

/// <summary>A pace range per km, in seconds and as m:ss (fast end first).</summary>
public sealed record PaceRangeView(double FastSecondsPerKm, double SlowSecondsPerKm, string Fast, string Slow)
{
    public static PaceRangeView From(double a, double b)
    {
        var (fast, slow) = (Math.Min(a, b), Math.Max(a, b));
        return new PaceRangeView(fast, slow, Pace(fast), Pace(slow));
    }

    public override string ToString() => $"{Fast}–{Slow} /km";

    private static string Pace(double secondsPerKm)
    {
        var s = (int)Math.Round(secondsPerKm);
        return string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}");
    }
}
