namespace Formcast.Analytics;

/// <summary>
/// The NaN-skipping sum of a span. Counts, means and standard deviations come from
/// <see cref="Formcast.Signals.TimeDomain"/>; Signals has no sum, and <c>TensorPrimitives.Sum</c> would turn one missing
/// value into NaN, so this one stays (a missing value is not zero, and it is not a reason to lose the total either).
/// </summary>
internal static class Stats
{
    public static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v)) sum += v;
        }

        return sum;
    }
}
