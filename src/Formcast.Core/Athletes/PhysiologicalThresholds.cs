namespace Formcast.Core;

/// <summary>
/// An athlete's heart-rate, pace and power anchors as known from a given date onwards. A later record supersedes
/// an earlier one from its <see cref="EffectiveFrom"/> date; loads are always computed with the record in force on
/// the day of the session.
/// </summary>
/// <param name="EffectiveFrom">First calendar day (athlete's time zone) the values apply to.</param>
/// <param name="MaxHeartRateBpm">Maximal heart rate, beats per minute.</param>
/// <param name="RestingHeartRateBpm">Resting heart rate, beats per minute.</param>
/// <param name="ThresholdHeartRateBpm">Lactate-threshold heart rate, if tested.</param>
/// <param name="ThresholdPaceSecondsPerKm">Threshold (about one-hour race) pace, seconds per kilometre, if known.</param>
/// <param name="ThresholdPowerWatts">Threshold (about one-hour) power, watts, if known.</param>
/// <param name="Vo2MaxMlPerKgPerMin">Maximal oxygen uptake, ml/kg/min, if tested or estimated.</param>
/// <param name="BodyMassKg">Body mass, kilograms, if known.</param>
public sealed record PhysiologicalThresholds(
    DateOnly EffectiveFrom,
    double MaxHeartRateBpm,
    double RestingHeartRateBpm,
    double? ThresholdHeartRateBpm = null,
    double? ThresholdPaceSecondsPerKm = null,
    double? ThresholdPowerWatts = null,
    double? Vo2MaxMlPerKgPerMin = null,
    double? BodyMassKg = null)
{
    /// <summary>Heart-rate reserve, bpm (max − rest).</summary>
    public double HeartRateReserveBpm => MaxHeartRateBpm - RestingHeartRateBpm;

    /// <summary>Checks the values are physiologically plausible; returns the first problem found, or null.</summary>
    public string? Validate()
    {
        if (MaxHeartRateBpm is < 100 or > 240) return $"maximal heart rate {MaxHeartRateBpm} bpm is outside 100–240";
        if (RestingHeartRateBpm is < 25 or > 120) return $"resting heart rate {RestingHeartRateBpm} bpm is outside 25–120";
        if (RestingHeartRateBpm >= MaxHeartRateBpm) return "resting heart rate must be below maximal heart rate";
        if (ThresholdHeartRateBpm is { } lthr && (lthr <= RestingHeartRateBpm || lthr > MaxHeartRateBpm))
            return $"threshold heart rate {lthr} bpm must lie between resting and maximal heart rate";
        if (ThresholdPaceSecondsPerKm is { } pace && pace is < 100 or > 1200)
            return $"threshold pace {pace} s/km is outside 100–1200";
        if (ThresholdPowerWatts is { } power && power is < 30 or > 700)
            return $"threshold power {power} W is outside 30–700";
        if (BodyMassKg is { } mass && mass is < 20 or > 250) return $"body mass {mass} kg is outside 20–250";
        return null;
    }
}
