namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>session</c> message (18): one sport segment's summary.</summary>
public readonly struct FitSession(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Session);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    public DateTimeOffset? StartTime => FitMessageNumbers.Time(Message.GetRaw(2));

    public int? Sport => (int?)Message.GetRaw(5);

    public int? SubSport => (int?)Message.GetRaw(6);

    public double? TotalElapsedSeconds => Message.GetValue(7);

    public double? TotalTimerSeconds => Message.GetValue(8);

    public double? TotalDistanceMeters => Message.GetValue(9);

    public double? TotalCalories => Message.GetValue(11);

    public double? AverageSpeedMetersPerSecond => Message.GetValue(124) ?? Message.GetValue(14);

    public double? MaxSpeedMetersPerSecond => Message.GetValue(125) ?? Message.GetValue(15);

    public double? AverageHeartRateBpm => Message.GetValue(16);

    public double? MaxHeartRateBpm => Message.GetValue(17);

    public double? AverageCadencePerMinute => Message.GetValue(18);

    public double? AveragePowerWatts => Message.GetValue(20);

    public double? TotalAscentMeters => Message.GetValue(22);

    public double? TotalDescentMeters => Message.GetValue(23);

    public int? FirstLapIndex => (int?)Message.GetRaw(25);

    public int? NumberOfLaps => (int?)Message.GetRaw(26);
}
