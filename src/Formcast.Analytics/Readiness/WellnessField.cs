using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// A wellness answer or measurement compared with the athlete's own baseline. <see cref="SdFloor"/> keeps an athlete who
/// always gives the same answer from reading a one-point change as an infinite z-score; <see cref="Weight"/> is its share
/// of the readiness number (Formcast's weights: objective markers — HRV 2, resting HR 1, sleep duration 1 — weigh more
/// than single questionnaire items).
/// </summary>
internal sealed record WellnessField(
    string Name, string Label, string Unit, Func<WellnessEntry, double?> Read, bool HigherIsBetter, double SdFloor, double Weight, string Format)
{
    public static IReadOnlyList<WellnessField> All { get; } =
    [
        new("resting_hr", "Resting heart rate", "bpm", e => e.RestingHeartRateBpm, false, 1, 1, "0"),
        new("sleep_duration", "Sleep", "h", e => e.SleepDurationHours, true, 0.25, 1, "0.0"),
        new("sleep_quality", "Sleep quality", "1-5", e => e.SleepQuality, true, 0.5, 0.5, "0.#"),
        new("fatigue", "Freshness (fatigue answer)", "1-5", e => e.Fatigue, true, 0.5, 0.5, "0.#"),
        new("soreness", "Soreness answer", "1-5", e => e.Soreness, true, 0.5, 0.5, "0.#"),
        new("stress", "Stress answer", "1-5", e => e.Stress, true, 0.5, 0.5, "0.#"),
        new("mood", "Mood", "1-5", e => e.Mood, true, 0.5, 0.5, "0.#"),
        new("motivation", "Motivation", "1-5", e => e.Motivation, true, 0.5, 0.25, "0.#"),
        new("self_readiness", "Self-rated readiness", "0-10", e => e.Readiness, true, 1, 0.5, "0.#"),
    ];

    /// <summary>Weight of the HRV contributor.</summary>
    public const double HrvWeight = 2;
}
