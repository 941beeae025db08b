namespace Formcast.Formats.Fit;

/// <summary>The content of one hr message: anchor time (FIT seconds, when the message has a timestamp), beat event times (s), bpm.</summary>
internal readonly record struct FitHrBlock(double? AnchorFitSeconds, double[] EventSeconds, double[] Bpm);

/// <summary>One heart-rate sample on the FIT clock.</summary>
/// <param name="FitSeconds">Seconds since the FIT epoch (fractional).</param>
/// <param name="HeartRateBpm">Filtered heart rate.</param>
public readonly record struct FitHeartRateSample(double FitSeconds, double HeartRateBpm);

/// <summary>
/// Heart rate from <c>hr</c> messages (HRM-Swim/Tri/Pro stored data, HRM plugins): expansion into a time series and
/// merging into record messages, following the Garmin FIT SDK conventions (<c>hr_mesg_utils.py</c>, profile 21.213):
/// <list type="bullet">
/// <item>A message with a timestamp is an anchor: its time (timestamp + fractional_timestamp) corresponds to its single
/// event_timestamp; every beat's time is anchor time + (event_timestamp − anchor event_timestamp), with event times
/// that fell below the anchor by more than 0x400000 s (2³² / 1024, the raw counter's range) unwrapped.</item>
/// <item>Gaps between beats are filled by carrying the previous value forward in 250 ms steps, at most 5 s.</item>
/// <item>Merging averages the beats in (previous record time, record time] and rounds half up; a record at the same
/// time as the previous one looks back one second.</item>
/// </list>
/// Expected values: the SDK's <c>HrmPluginTestActivity.fit</c> test data (3660 expanded samples, 310 merged records).
/// </summary>
public static class FitHeartRates
{
    private const double StepSeconds = 0.25;
    private const int MaxGapSteps = 20;
    private const double EventTimestampRange = 0x400000;

    /// <summary>Expands hr messages (in file order) into heart-rate samples.</summary>
    /// <returns>The samples, or an empty list when the messages hold no anchor before their first beat.</returns>
    public static IReadOnlyList<FitHeartRateSample> Expand(IEnumerable<FitHr> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Expand(messages.Select(m => new FitHrBlock(
            m.Timestamp is { } t ? t + (m.FractionalTimestampSeconds ?? 0) : null,
            m.EventTimestamps(),
            m.FilteredBpm())));
    }

    /// <summary>Expansion over the content of hr messages: anchor time (timestamp + fraction, when given), beats.</summary>
    internal static List<FitHeartRateSample> Expand(IEnumerable<FitHrBlock> messages)
    {
        var result = new List<FitHeartRateSample>();
        double? anchorTime = null;
        var anchorEvent = 0.0;
        foreach (var (time, events, bpm) in messages)
        {
            if (time is { } timestamp)
            {
                if (events.Length != 1) continue;
                anchorTime = timestamp;
                anchorEvent = events[0];
            }

            if (anchorTime is not { } anchor || events.Length != bpm.Length) continue;
            for (var i = 0; i < events.Length; i++)
            {
                var eventTime = events[i];
                if (eventTime < anchorEvent)
                {
                    if (anchorEvent - eventTime <= EventTimestampRange) continue;
                    eventTime += EventTimestampRange;
                }

                var current = new FitHeartRateSample(anchor + (eventTime - anchorEvent), bpm[i]);
                if (result.Count > 0)
                {
                    var previous = result[^1];
                    var gapMs = Math.Abs(current.FitSeconds - previous.FitSeconds) * 1000;
                    for (var step = 1; gapMs > StepSeconds * 1000 && step <= MaxGapSteps; step++)
                    {
                        result.Add(previous with { FitSeconds = previous.FitSeconds + StepSeconds * step });
                        gapMs -= StepSeconds * 1000;
                    }
                }

                result.Add(current);
            }
        }

        return result;
    }

    /// <summary>
    /// Heart rate per record: the rounded mean of the samples since the previous record; NaN where none fall in range.
    /// </summary>
    /// <param name="samples">Expanded samples in time order.</param>
    /// <param name="recordFitSeconds">Record times (seconds since the FIT epoch), in order.</param>
    /// <param name="destination">One value per record.</param>
    public static void Merge(IReadOnlyList<FitHeartRateSample> samples, ReadOnlySpan<double> recordFitSeconds, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (destination.Length < recordFitSeconds.Length)
            throw new ArgumentException("destination is shorter than the record times", nameof(destination));
        destination[..recordFitSeconds.Length].Fill(double.NaN);
        if (samples.Count == 0) return;

        var index = 0;
        double? rangeStart = null;
        for (var r = 0; r < recordFitSeconds.Length; r++)
        {
            var rangeEnd = recordFitSeconds[r];
            rangeStart ??= rangeEnd;
            if (rangeStart == rangeEnd)
            {
                rangeStart -= 1;
                index = Math.Max(index - 1, 0);
            }

            var sum = 0.0;
            var count = 0;
            for (; index < samples.Count; index++)
            {
                var sample = samples[index];
                if (sample.FitSeconds > rangeStart && sample.FitSeconds <= rangeEnd)
                {
                    sum += sample.HeartRateBpm;
                    count++;
                }
                else if (sample.FitSeconds > rangeEnd)
                {
                    if (count > 0) destination[r] = Math.Floor(sum / count + 0.5);
                    rangeStart = rangeEnd;
                    break;
                }
            }
        }
    }
}
