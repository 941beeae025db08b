namespace Formcast.Analytics;

/// <summary>
/// Slowing of endurance running in heat and humidity, from Ely et al. 2007 (MSSE 39:487, "Impact of weather on
/// marathon-running performance"): the top three men of seven marathons ran 1.7, 2.5, 3.3 and 4.5 % slower than the
/// course record in wet-bulb globe temperature (WBGT) quartiles 5–10, 10–15, 15–20 and 20–25 °C. Formcast takes the
/// slowing relative to the coolest quartile (0, 0.8, 1.6 and 2.8 %) at the quartile midpoints (7.5, 12.5, 17.5 and
/// 22.5 °C), interpolates linearly, counts nothing below 7.5 °C and extends the last slope above 22.5 °C (outside the
/// data beyond 25 °C, noted). Ely et al. found slower runners slow more, so for non-elite runners this is a lower bound,
/// and the data are marathons. WBGT is estimated from air temperature and humidity with the Australian Bureau of
/// Meteorology approximation for shade and light wind: <c>WBGT = 0.567·T + 0.393·e + 3.94</c>, with water vapour
/// pressure <c>e = RH/100 × 6.105 × exp(17.27·T / (237.7 + T))</c> hPa.
/// </summary>
public static class HeatAdjustment
{
    private static readonly double[] MidpointsC = [7.5, 12.5, 17.5, 22.5];
    private static readonly double[] SlowingFraction = [0, 0.008, 0.016, 0.028];

    /// <summary>Highest WBGT in Ely et al.'s data, °C.</summary>
    public const double MaxObservedWbgtC = 25;

    /// <summary>Approximate WBGT, °C, from air temperature (°C) and relative humidity (%).</summary>
    public static double Wbgt(double temperatureC, double relativeHumidityPercent)
    {
        var vapourPressure = relativeHumidityPercent / 100 * 6.105 * Math.Exp(17.27 * temperatureC / (237.7 + temperatureC));
        return (0.567 * temperatureC) + (0.393 * vapourPressure) + 3.94;
    }

    /// <summary>Fractional slowing (0.016 = 1.6 % slower) at a WBGT, relative to cool (≤ 7.5 °C) conditions.</summary>
    public static double Slowing(double wbgtC)
    {
        if (wbgtC <= MidpointsC[0]) return 0;
        for (var k = 1; k < MidpointsC.Length; k++)
        {
            if (wbgtC <= MidpointsC[k])
            {
                var share = (wbgtC - MidpointsC[k - 1]) / (MidpointsC[k] - MidpointsC[k - 1]);
                return SlowingFraction[k - 1] + (share * (SlowingFraction[k] - SlowingFraction[k - 1]));
            }
        }

        var slope = (SlowingFraction[^1] - SlowingFraction[^2]) / (MidpointsC[^1] - MidpointsC[^2]);
        return SlowingFraction[^1] + (slope * (wbgtC - MidpointsC[^1]));
    }

    /// <summary>A cool-conditions time carried to the given conditions.</summary>
    public static double ToConditions(double coolSeconds, double temperatureC, double relativeHumidityPercent) =>
        coolSeconds * (1 + Slowing(Wbgt(temperatureC, relativeHumidityPercent)));

    /// <summary>A time run in the given conditions carried back to cool conditions.</summary>
    public static double ToCool(double seconds, double temperatureC, double relativeHumidityPercent) =>
        seconds / (1 + Slowing(Wbgt(temperatureC, relativeHumidityPercent)));
}
