namespace Formcast.Core;

/// <summary>
/// One athlete's morning answers and measurements for one calendar day. Every answer is optional: a missing
/// value means "not answered", never zero. Questionnaire scales are 1–5 with 5 the best state (PMSys convention:
/// 5 = very well rested / no soreness / very relaxed / very good mood), readiness is 0–10.
/// </summary>
public sealed record WellnessEntry
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    public double? SleepDurationHours { get; init; }

    /// <summary>1 (very poor) – 5 (very good).</summary>
    public double? SleepQuality { get; init; }

    /// <summary>1 (very tired) – 5 (very fresh).</summary>
    public double? Fatigue { get; init; }

    /// <summary>1 (very sore) – 5 (not sore at all).</summary>
    public double? Soreness { get; init; }

    /// <summary>1 (very stressed) – 5 (very relaxed).</summary>
    public double? Stress { get; init; }

    /// <summary>1 (very low) – 5 (very good).</summary>
    public double? Mood { get; init; }

    /// <summary>1 (none) – 5 (very high).</summary>
    public double? Motivation { get; init; }

    /// <summary>Self-reported readiness to train, 0–10.</summary>
    public double? Readiness { get; init; }

    public double? RestingHeartRateBpm { get; init; }

    public HrvMeasurement? Hrv { get; init; }

    /// <summary>Free-text comment; sensitive.</summary>
    [Sensitive]
    public string? Notes { get; init; }

    /// <summary>Range checks on every answered value; returns the first problem, or null.</summary>
    public string? Validate()
    {
        if (SleepDurationHours is { } h && h is < 0 or > 24) return $"sleep duration {h} h is outside 0–24";
        foreach (var (name, value) in new (string, double?)[]
                 {
                     ("sleep quality", SleepQuality), ("fatigue", Fatigue), ("soreness", Soreness), ("stress", Stress),
                     ("mood", Mood), ("motivation", Motivation),
                 })
        {
            if (value is { } v && v is < 1 or > 5) return $"{name} {v} is outside the 1–5 scale";
        }

        if (Readiness is { } r && r is < 0 or > 10) return $"readiness {r} is outside 0–10";
        if (RestingHeartRateBpm is { } hr && hr is < 25 or > 130) return $"resting heart rate {hr} bpm is outside 25–130";
        return Hrv?.Validate();
    }
}
