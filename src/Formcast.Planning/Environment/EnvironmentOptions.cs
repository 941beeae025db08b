using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Configuration of <see cref="TrainingEnvironment"/>. Defaults are the reference study's: 60-day horizon decided in
/// 20-minute slots of a 10-hour venue day (07:00–17:00, 30 slots → 1800 steps), reward weights 0.6/0.3/0.1.
/// </summary>
public sealed record EnvironmentOptions
{
    public DecisionMode Mode { get; init; } = DecisionMode.TwentyMinuteSlots;

    public int HorizonDays { get; init; } = 60;

    /// <summary>Hour the venue opens; slot k starts at this hour + k/3.</summary>
    public double VenueOpensHour { get; init; } = 7;

    /// <summary>Number of 20-minute slots in the venue day.</summary>
    public int SlotsPerDay { get; init; } = 30;

    /// <summary>In daily mode, the slot the day's session starts in (6 = 09:00).</summary>
    public int DailySessionStartSlot { get; init; } = 6;

    /// <summary>What volume 1 is worth in daily mode, minutes.</summary>
    public double MaxSessionMinutes { get; init; } = 180;

    /// <summary>Training minutes per day beyond which the simulated athlete stops (later slots become rest).</summary>
    public double MaxDailyTrainingMinutes { get; init; } = 240;

    /// <summary>Days of habitual training simulated before day 0 so HRV bands and load averages exist.</summary>
    public int HistoryDays { get; init; } = 28;

    public RewardWeights Reward { get; init; } = new();

    public VenueEnergyOptions Venue { get; init; } = new();

    public ClimateOptions Climate { get; init; } = new();

    /// <summary>Steps in one episode.</summary>
    public int StepsPerEpisode => Mode == DecisionMode.Daily ? HorizonDays : HorizonDays * SlotsPerDay;

    /// <summary>Steps per day.</summary>
    public int StepsPerDay => Mode == DecisionMode.Daily ? 1 : SlotsPerDay;

    public void Validate()
    {
        OptionCheck.Positive(HorizonDays, nameof(HorizonDays));
        OptionCheck.InRange(VenueOpensHour, 0, 23, nameof(VenueOpensHour));
        OptionCheck.Positive(SlotsPerDay, nameof(SlotsPerDay));
        if (VenueOpensHour + (SlotsPerDay / 3.0) > 24) throw new ArgumentOutOfRangeException(nameof(SlotsPerDay), SlotsPerDay, "the venue day must end by midnight");
        OptionCheck.InRange(DailySessionStartSlot, 0, SlotsPerDay - 1, nameof(DailySessionStartSlot));
        OptionCheck.Positive(MaxSessionMinutes, nameof(MaxSessionMinutes));
        OptionCheck.Positive(MaxDailyTrainingMinutes, nameof(MaxDailyTrainingMinutes));
        OptionCheck.InRange(HistoryDays, 7, 365, nameof(HistoryDays));
        ArgumentNullException.ThrowIfNull(Reward);
        ArgumentNullException.ThrowIfNull(Venue);
        ArgumentNullException.ThrowIfNull(Climate);
        Reward.Validate();
        Venue.Validate();
        Climate.Validate();
    }
}
