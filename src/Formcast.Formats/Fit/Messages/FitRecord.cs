namespace Formcast.Formats.Fit;

/// <summary>
/// Typed view of a <c>record</c> message (20): one sample. Speed and altitude prefer the 32-bit enhanced fields
/// (expanded from the 16-bit ones when only those were written).
/// </summary>
public readonly struct FitRecord(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Record);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    public double? LatitudeDegrees => FitMessageNumbers.Degrees(Message.GetRaw(0));

    public double? LongitudeDegrees => FitMessageNumbers.Degrees(Message.GetRaw(1));

    public double? AltitudeMeters => Message.GetValue(78) ?? Message.GetValue(2);

    public double? HeartRateBpm => Message.GetValue(3);

    public double? CadencePerMinute => Message.GetValue(4);

    public double? DistanceMeters => Message.GetValue(5);

    public double? SpeedMetersPerSecond => Message.GetValue(73) ?? Message.GetValue(6);

    public double? PowerWatts => Message.GetValue(7);

    public double? GradePercent => Message.GetValue(9);

    public double? TemperatureCelsius => Message.GetValue(13);
}
