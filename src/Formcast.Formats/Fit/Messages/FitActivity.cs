namespace Formcast.Formats.Fit;

/// <summary>Typed view of an <c>activity</c> message (34).</summary>
public readonly struct FitActivity(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Activity);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    public double? TotalTimerSeconds => Message.GetValue(0);

    public int? NumberOfSessions => (int?)Message.GetRaw(1);

    /// <summary>Local wall-clock time at <see cref="Timestamp"/>, as seconds since the FIT epoch.</summary>
    public long? LocalTimestamp => Message.GetRaw(5);

    /// <summary>The offset of local time from UTC, when both timestamps are present.</summary>
    public TimeSpan? UtcOffset => LocalTimestamp is { } local && Message.RawTimestamp is { } utc ? TimeSpan.FromSeconds(local - utc) : null;
}
