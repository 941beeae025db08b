using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Outdoor weather of a simulated block: each episode draws its season's mean temperature; days follow an AR(1)
/// anomaly around it, hours a sinusoidal daily cycle peaking at 15:00 (Parton &amp; Logan 1981 shape, simplified);
/// relative humidity falls as the day warms. Defaults resemble a temperate training season; set them for a venue's
/// climate.
/// </summary>
public sealed record ClimateOptions
{
    /// <summary>Mean of the episode's seasonal temperature, °C.</summary>
    public double MeanTemperatureC { get; init; } = 17;

    /// <summary>SD of the episode's seasonal temperature across episodes, °C.</summary>
    public double SeasonalSdC { get; init; } = 6;

    /// <summary>SD of the day-to-day anomaly, °C.</summary>
    public double DailyAnomalySdC { get; init; } = 2.5;

    /// <summary>Day-to-day autocorrelation of the anomaly.</summary>
    public double DailyPersistence { get; init; } = 0.7;

    /// <summary>Half the daily temperature range, °C.</summary>
    public double DiurnalAmplitudeC { get; init; } = 5;

    /// <summary>Mean daily relative humidity, %.</summary>
    public double MeanHumidityPercent { get; init; } = 62;

    /// <summary>SD of daily relative humidity, %.</summary>
    public double HumiditySdPercent { get; init; } = 12;

    public void Validate()
    {
        OptionCheck.InRange(MeanTemperatureC, -30, 45, nameof(MeanTemperatureC));
        OptionCheck.NonNegative(SeasonalSdC, nameof(SeasonalSdC));
        OptionCheck.NonNegative(DailyAnomalySdC, nameof(DailyAnomalySdC));
        OptionCheck.InRange(DailyPersistence, 0, 1, nameof(DailyPersistence), highExclusive: true);
        OptionCheck.NonNegative(DiurnalAmplitudeC, nameof(DiurnalAmplitudeC));
        OptionCheck.InRange(MeanHumidityPercent, 0, 100, nameof(MeanHumidityPercent));
        OptionCheck.NonNegative(HumiditySdPercent, nameof(HumiditySdPercent));
    }
}
