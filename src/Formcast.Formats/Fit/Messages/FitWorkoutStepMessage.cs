namespace Formcast.Formats.Fit;

/// <summary>
/// Typed view of a <c>workout_step</c> message (27). Duration and target values are read through their sub-fields
/// (e.g. <c>duration_distance</c>, scale 100, when duration_type = distance).
/// </summary>
public readonly struct FitWorkoutStepMessage(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.WorkoutStep);

    public int? MessageIndex => (int?)Message.GetRaw(254);

    public string? Name => Message.GetString(0);

    /// <summary>FIT profile <c>wkt_step_duration</c>: 0 = time, 1 = distance, 2/3 = hr less/greater, 5 = open, 6 = repeat.</summary>
    public int? DurationType => (int?)Message.GetRaw(1);

    public long? DurationValueRaw => Message.GetRaw(2);

    public double? DurationSeconds => Message.GetValue("duration_time");

    public double? DurationMeters => Message.GetValue("duration_distance");

    /// <summary>FIT profile <c>wkt_step_target</c>: 0 = speed, 1 = heart rate, 2 = open, 3 = cadence, 4 = power.</summary>
    public int? TargetType => (int?)Message.GetRaw(3);

    public long? TargetValueRaw => Message.GetRaw(4);

    public long? CustomTargetLowRaw => Message.GetRaw(5);

    public long? CustomTargetHighRaw => Message.GetRaw(6);

    /// <summary>FIT profile <c>intensity</c>: 0 = active, 1 = rest, 2 = warmup, 3 = cooldown.</summary>
    public int? Intensity => (int?)Message.GetRaw(7);

    public string? Notes => Message.GetString(8);
}
