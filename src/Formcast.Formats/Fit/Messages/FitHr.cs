namespace Formcast.Formats.Fit;

/// <summary>
/// Typed view of an <c>hr</c> message (132): heart rate stored by an HRM (swim, multisport, HRM plugins) as
/// filtered beats per minute with 1/1024 s event times, either full (anchor messages) or packed 12 bits each.
/// </summary>
public readonly struct FitHr(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Hr);

    public uint? Timestamp => Message.RawTimestamp;

    /// <summary>Fraction of a second added to <see cref="Timestamp"/> (seconds).</summary>
    public double? FractionalTimestampSeconds => Message.GetValue(0);

    /// <summary>The valid filtered heart rates, bpm.</summary>
    public double[] FilteredBpm() => Valid(Message.Field(6));

    /// <summary>The valid event times in seconds of the HRM's clock (accumulated across messages).</summary>
    public double[] EventTimestamps() => Valid(Message.Field(9));

    private static double[] Valid(FitField? field) => field is { } f ? f.GetValues().Where(v => !double.IsNaN(v)).ToArray() : [];
}
