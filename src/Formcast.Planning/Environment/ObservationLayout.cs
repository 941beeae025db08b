namespace Formcast.Planning;

/// <summary>
/// The 25-element observation, in physical units (policies normalise it themselves). Capacities are relative to the
/// start of the block (1 = unchanged); the environment exposes them as if tested daily, which is more than a real
/// athlete offers (the recommender estimates them from data instead).
/// </summary>
public static class ObservationLayout
{
    public const int Dimension = 25;

    public const int Progress = 0;
    public const int HourOfDay = 1;
    public const int RestingHeartRate = 2;
    public const int SessionHeartRate = 3;
    public const int LnRmssd = 4;
    public const int LnRmssd7DayMean = 5;
    public const int SpO2 = 6;
    public const int Mood = 7;
    public const int AerobicCapacity = 8;
    public const int AnaerobicCapacity = 9;
    public const int StrengthCapacity = 10;
    public const int NeuromuscularCapacity = 11;
    public const int Fatigue = 12;
    public const int AcuteLoad = 13;
    public const int ChronicLoad = 14;
    public const int Monotony = 15;
    public const int LoadToday = 16;
    public const int InjuryRisk = 17;
    public const int InjuryDaysRemaining = 18;
    public const int TemperatureC = 19;
    public const int HumidityPercent = 20;
    public const int PerformanceIndex = 21;
    public const int Vo2Max = 22;
    public const int SportAerobicWeight = 23;
    public const int Level = 24;

    /// <summary>Names of the elements, in order (snake case, with units).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "progress", "hour_of_day", "resting_hr_bpm", "session_hr_bpm", "ln_rmssd", "ln_rmssd_7d", "spo2_percent", "mood_1_5",
        "capacity_aerobic", "capacity_anaerobic", "capacity_strength", "capacity_neuromuscular", "fatigue",
        "load_acute_ewma", "load_chronic_ewma", "monotony", "load_today", "injury_risk_relative", "injury_days_remaining",
        "temperature_c", "humidity_percent", "performance_index", "vo2max_ml_kg_min", "sport_aerobic_weight", "level_0_5",
    ];

    /// <summary>Plausible lower bounds of each element.</summary>
    public static IReadOnlyList<double> Low { get; } =
        [0, 0, 30, 30, 1.5, 1.5, 80, 1, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, -30, 0, 50, 15, 0, 0];

    /// <summary>Plausible upper bounds of each element.</summary>
    public static IReadOnlyList<double> High { get; } =
        [1, 24, 120, 230, 6, 6, 100, 5, 2, 2, 2, 2, 10, 1000, 1000, PhysiologyModel.MonotonyCap, 2000, 1000, 120, 50, 100, 200, 95, 1, 5];
}
