namespace Formcast.Analytics;

/// <summary>
/// Resamples an irregular stream to one value per whole second by sample-and-hold (each second takes the latest sample
/// at or before it). Seconds inside a gap longer than <c>maxGapSeconds</c> take <c>gapValue</c> (zero power while
/// stopped), and NaN samples are treated as gaps. Rolling 30-s power needs a regular 1-Hz clock.
/// </summary>
/// <remarks>
/// Kept rather than <see cref="Formcast.Signals.Resampling.PreviousValue"/>, whose semantics differ on purpose: it holds
/// the last present value for up to the gap limit and then gives NaN, and it skips NaN samples (holding the value before
/// them). Normalised power needs the opposite reading of a pause — the whole of a long gap, and every dropped sample, is
/// zero watts from its first second — and a grid on whole seconds from the first sample.
/// </remarks>
internal static class OneHertz
{
    public static double[] Resample(ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, double maxGapSeconds, double gapValue)
    {
        if (timeSeconds.Length != values.Length) throw new ArgumentException("time and value streams differ in length", nameof(values));
        if (timeSeconds.Length == 0) return [];
        var start = Math.Max(0, (int)Math.Ceiling(timeSeconds[0]));
        var end = (int)Math.Floor(timeSeconds[^1]);
        if (end < start) return [];
        var result = new double[end - start + 1];
        var j = 0;
        for (var second = start; second <= end; second++)
        {
            while (j + 1 < timeSeconds.Length && timeSeconds[j + 1] <= second) j++;
            var value = values[j];
            var insideLongGap = second > timeSeconds[j] && j + 1 < timeSeconds.Length && timeSeconds[j + 1] - timeSeconds[j] > maxGapSeconds;
            result[second - start] = double.IsNaN(value) || insideLongGap ? gapValue : value;
        }

        return result;
    }
}
