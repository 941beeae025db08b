using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// What a planner may know about an athlete before the block: who they are, their measurable baselines and their
/// recent history (daily load and morning ln rMSSD, oldest first). The hidden response parameters of
/// <see cref="AthleteProfile"/> are not here: planners must learn or assume them, as with a real athlete.
/// </summary>
public sealed record AthleteSnapshot
{
    public required Sport Sport { get; init; }

    public Sex Sex { get; init; }

    public AthleteLevel Level { get; init; }

    public double AgeYears { get; init; }

    public double RestingHeartRateBpm { get; init; }

    public double MaxHeartRateBpm { get; init; }

    public double Vo2MaxMlPerKgPerMin { get; init; }

    public double ThresholdReserveFraction { get; init; }

    public double? ThresholdPaceSecondsPerKm { get; init; }

    public double? ThresholdPowerWatts { get; init; }

    /// <summary>Mean daily load over the history, TRIMP.</summary>
    public double HabitualDailyLoad { get; init; }

    /// <summary>Daily loads before the block, oldest first.</summary>
    public IReadOnlyList<double> HistoryLoads { get; init; } = [];

    /// <summary>Morning ln(rMSSD) before the block, oldest first (same days as <see cref="HistoryLoads"/>).</summary>
    public IReadOnlyList<double> HistoryLnRmssd { get; init; } = [];

    /// <summary>The measurable part of <paramref name="profile"/> with the given history.</summary>
    public static AthleteSnapshot Of(AthleteProfile profile, IReadOnlyList<double> loads, IReadOnlyList<double> lnRmssd)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new AthleteSnapshot
        {
            Sport = profile.Sport,
            Sex = profile.Sex,
            Level = profile.Level,
            AgeYears = profile.AgeYears,
            RestingHeartRateBpm = profile.RestingHeartRateBpm,
            MaxHeartRateBpm = profile.MaxHeartRateBpm,
            Vo2MaxMlPerKgPerMin = profile.Vo2MaxMlPerKgPerMin,
            ThresholdReserveFraction = profile.ThresholdReserveFraction,
            ThresholdPaceSecondsPerKm = profile.ThresholdPaceSecondsPerKm,
            ThresholdPowerWatts = profile.ThresholdPowerWatts,
            HabitualDailyLoad = loads.Count > 0 ? loads.Average() : profile.HabitualDailyLoad,
            HistoryLoads = loads,
            HistoryLnRmssd = lnRmssd,
        };
    }
}
