using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>Draws the daily weather of an episode and interpolates hours (see <see cref="ClimateOptions"/>).</summary>
internal sealed class WeatherGenerator
{
    private readonly ClimateOptions _options;
    private Rng _rng = new(0);
    private double _seasonMean;
    private double _anomaly;

    public WeatherGenerator(ClimateOptions options) => _options = options;

    /// <summary>Mean temperature of the current day, °C.</summary>
    public double DayTemperatureC { get; private set; }

    /// <summary>Mean relative humidity of the current day, %.</summary>
    public double DayHumidityPercent { get; private set; }

    public void Reset(Rng rng)
    {
        _rng = rng;
        _seasonMean = _options.MeanTemperatureC + (_options.SeasonalSdC * rng.NextGaussian());
        _anomaly = _options.DailyAnomalySdC * rng.NextGaussian();
        DrawDay(fresh: true);
    }

    public void NextDay() => DrawDay(fresh: false);

    /// <summary>Temperature at <paramref name="hour"/> (0–24) of the current day, °C.</summary>
    public double TemperatureAt(double hour) =>
        DayTemperatureC + (_options.DiurnalAmplitudeC * Math.Cos(2 * Math.PI * (hour - 15) / 24));

    /// <summary>Relative humidity at <paramref name="hour"/>: 3 points lower per °C above the day's mean, clamped 5–100 %.</summary>
    public double HumidityAt(double hour) =>
        Math.Clamp(DayHumidityPercent - (3 * (TemperatureAt(hour) - DayTemperatureC)), 5, 100);

    private void DrawDay(bool fresh)
    {
        var p = _options.DailyPersistence;
        if (!fresh) _anomaly = (p * _anomaly) + (Math.Sqrt(1 - (p * p)) * _options.DailyAnomalySdC * _rng.NextGaussian());
        DayTemperatureC = _seasonMean + _anomaly;
        DayHumidityPercent = Math.Clamp(_options.MeanHumidityPercent + (_options.HumiditySdPercent * _rng.NextGaussian()), 10, 100);
    }
}
