namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>lap</c> message (19).</summary>
public readonly struct FitLap(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Lap);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    public DateTimeOffset? StartTime => FitMessageNumbers.Time(Message.GetRaw(2));

    public double? TotalElapsedSeconds => Message.GetValue(7);

    public double? TotalTimerSeconds => Message.GetValue(8);

    public double? TotalDistanceMeters => Message.GetValue(9);

    public double? TotalCalories => Message.GetValue(11);

    public double? AverageSpeedMetersPerSecond => Message.GetValue(110) ?? Message.GetValue(13);

    public double? MaxSpeedMetersPerSecond => Message.GetValue(111) ?? Message.GetValue(14);

    public double? AverageHeartRateBpm => Message.GetValue(15);

    public double? MaxHeartRateBpm => Message.GetValue(16);

    public double? AverageCadencePerMinute => Message.GetValue(17);

    public double? AveragePowerWatts => Message.GetValue(19);

    public double? TotalAscentMeters => Message.GetValue(21);

    /// <summary>Lap trigger (0 = manual, 1 = time, 2 = distance, 7 = session end; FIT profile <c>lap_trigger</c>).</summary>
    public int? LapTrigger => (int?)Message.GetRaw(24);

    public int? Sport => (int?)Message.GetRaw(25);

    public int? SubSport => (int?)Message.GetRaw(39);
}
