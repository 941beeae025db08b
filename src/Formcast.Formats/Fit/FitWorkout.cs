namespace Formcast.Formats.Fit;

/// <summary>How a workout step ends (FIT profile <c>wkt_step_duration</c>).</summary>
public enum FitWorkoutDuration : byte
{
    Time = 0,
    Distance = 1,
    HeartRateLessThan = 2,
    HeartRateGreaterThan = 3,
    Calories = 4,
    Open = 5,
    RepeatUntilStepsComplete = 6,
    RepeatUntilTime = 7,
    RepeatUntilDistance = 8,
    RepeatUntilCalories = 9,
    RepeatUntilHeartRateLessThan = 10,
    RepeatUntilHeartRateGreaterThan = 11,
    RepeatUntilPowerLessThan = 12,
    RepeatUntilPowerGreaterThan = 13,
    PowerLessThan = 14,
    PowerGreaterThan = 15,
    RepetitionTime = 28,
    Reps = 29,
}

/// <summary>What a workout step targets (FIT profile <c>wkt_step_target</c>).</summary>
public enum FitWorkoutTarget : byte
{
    Speed = 0,
    HeartRate = 1,
    Open = 2,
    Cadence = 3,
    Power = 4,
    Grade = 5,
    Resistance = 6,
    SwimStroke = 11,
}

/// <summary>Step intensity (FIT profile <c>intensity</c>).</summary>
public enum FitIntensity : byte
{
    Active = 0,
    Rest = 1,
    Warmup = 2,
    Cooldown = 3,
    Recovery = 4,
    Interval = 5,
    Other = 6,
}

/// <summary>
/// One workout step as the FIT workout_step message stores it. Duration and target values are raw FIT values whose
/// meaning follows the type: time in ms (scale 1000), distance in cm (scale 100), heart rate in % of max (≤ 100) or
/// bpm + 100, power in % FTP (≤ 1000) or W + 1000, repeat steps as the index of the first repeated step
/// (FIT profile 21.205 workout_step sub-fields). Zones are 1-based zone numbers; custom ranges use low/high.
/// </summary>
public sealed record FitWorkoutStep
{
    public string? Name { get; init; }

    public FitWorkoutDuration Duration { get; init; } = FitWorkoutDuration.Open;

    public uint? DurationValue { get; init; }

    public FitWorkoutTarget Target { get; init; } = FitWorkoutTarget.Open;

    /// <summary>Target zone, or the repetition count / repeat limit for repeat steps.</summary>
    public uint? TargetValue { get; init; }

    public uint? CustomTargetLow { get; init; }

    public uint? CustomTargetHigh { get; init; }

    public FitIntensity? Intensity { get; init; }

    public string? Notes { get; init; }

    /// <summary>Duration in seconds for time-based steps.</summary>
    public double? DurationSeconds => Duration is FitWorkoutDuration.Time or FitWorkoutDuration.RepetitionTime && DurationValue is { } v ? v / 1000.0 : null;

    /// <summary>Duration in meters for distance-based steps.</summary>
    public double? DurationMeters => Duration == FitWorkoutDuration.Distance && DurationValue is { } v ? v / 100.0 : null;

    public static FitWorkoutStep ForTime(double seconds, FitIntensity intensity = FitIntensity.Active, string? name = null) =>
        new() { Name = name, Duration = FitWorkoutDuration.Time, DurationValue = checked((uint)Math.Round(seconds * 1000)), Intensity = intensity };

    public static FitWorkoutStep ForDistance(double meters, FitIntensity intensity = FitIntensity.Active, string? name = null) =>
        new() { Name = name, Duration = FitWorkoutDuration.Distance, DurationValue = checked((uint)Math.Round(meters * 100)), Intensity = intensity };

    /// <summary>Repeat the steps from <paramref name="fromStep"/> (0-based) to this one, <paramref name="times"/> times in all.</summary>
    public static FitWorkoutStep Repeat(int fromStep, int times) =>
        new() { Duration = FitWorkoutDuration.RepeatUntilStepsComplete, DurationValue = checked((uint)fromStep), TargetValue = checked((uint)times) };

    /// <summary>This step with a heart-rate range in bpm (encoded as bpm + 100).</summary>
    public FitWorkoutStep WithHeartRateRange(int lowBpm, int highBpm) =>
        this with { Target = FitWorkoutTarget.HeartRate, TargetValue = 0, CustomTargetLow = checked((uint)(lowBpm + 100)), CustomTargetHigh = checked((uint)(highBpm + 100)) };

    /// <summary>This step with a speed range in m/s (encoded in mm/s).</summary>
    public FitWorkoutStep WithSpeedRange(double lowMetersPerSecond, double highMetersPerSecond) =>
        this with
        {
            Target = FitWorkoutTarget.Speed,
            TargetValue = 0,
            CustomTargetLow = checked((uint)Math.Round(lowMetersPerSecond * 1000)),
            CustomTargetHigh = checked((uint)Math.Round(highMetersPerSecond * 1000)),
        };

    /// <summary>This step with a power range in watts (encoded as W + 1000).</summary>
    public FitWorkoutStep WithPowerRange(int lowWatts, int highWatts) =>
        this with { Target = FitWorkoutTarget.Power, TargetValue = 0, CustomTargetLow = checked((uint)(lowWatts + 1000)), CustomTargetHigh = checked((uint)(highWatts + 1000)) };
}

/// <summary>A structured workout as FIT workout files carry it (file type 5: file_id, workout, workout_step).</summary>
public sealed record FitWorkout
{
    public required string Name { get; init; }

    /// <summary>FIT sport (1 = running, 2 = cycling, 5 = swimming, ...).</summary>
    public int? Sport { get; init; }

    public int? SubSport { get; init; }

    public IReadOnlyList<FitWorkoutStep> Steps { get; init; } = [];

    /// <summary>True when both have the same name, sport and steps (records compare lists by reference).</summary>
    public bool ContentEquals(FitWorkout? other) =>
        other is not null && Name == other.Name && Sport == other.Sport && SubSport == other.SubSport && Steps.SequenceEqual(other.Steps);
}
