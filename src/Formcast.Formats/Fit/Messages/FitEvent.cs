namespace Formcast.Formats.Fit;

/// <summary>Typed view of an <c>event</c> message (21): timer start/stop, laps, gear changes, alerts.</summary>
public readonly struct FitEvent(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Event);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    /// <summary>Event (0 = timer, 9 = lap, 42/43 = front/rear gear change; FIT profile <c>event</c>).</summary>
    public int? Event => (int?)Message.GetRaw(0);

    /// <summary>Event type (0 = start, 1 = stop, 3 = marker, 4 = stop_all; FIT profile <c>event_type</c>).</summary>
    public int? EventType => (int?)Message.GetRaw(1);

    /// <summary>The event's data (expanded from data16 when only that was written).</summary>
    public long? Data => Message.GetRaw(3);

    public int? RearGearNumber => (int?)Message.GetRaw(11);

    public int? RearGearTeeth => (int?)Message.GetRaw(12);

    public int? FrontGearNumber => (int?)Message.GetRaw(9);

    public int? FrontGearTeeth => (int?)Message.GetRaw(10);
}
