namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Unit conversions for sheet values. Factors are exact by definition: the international yard and pound
/// (1959 agreement; NIST SP 811 appendix B): 1 yd = 0.9144 m, 1 ft = 0.3048 m, 1 in = 0.0254 m,
/// 1 mi = 1609.344 m, 1 lb = 0.45359237 kg; temperature t(°C) = (t(°F) − 32) × 5/9 and t(°C) = T(K) − 273.15
/// (NIST SP 811 §B.8).
/// </summary>
internal static class Units
{
    private static readonly Dictionary<string, (Dimension Dimension, string Canonical)> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = (Dimension.Duration, "s"), ["sec"] = (Dimension.Duration, "s"), ["secs"] = (Dimension.Duration, "s"),
        ["second"] = (Dimension.Duration, "s"), ["seconds"] = (Dimension.Duration, "s"),
        ["ms"] = (Dimension.Duration, "ms"), ["milliseconds"] = (Dimension.Duration, "ms"),
        ["min"] = (Dimension.Duration, "min"), ["mins"] = (Dimension.Duration, "min"), ["minute"] = (Dimension.Duration, "min"),
        ["minutes"] = (Dimension.Duration, "min"),
        ["h"] = (Dimension.Duration, "h"), ["hr"] = (Dimension.Duration, "h"), ["hrs"] = (Dimension.Duration, "h"),
        ["hour"] = (Dimension.Duration, "h"), ["hours"] = (Dimension.Duration, "h"),
        ["d"] = (Dimension.Duration, "d"), ["day"] = (Dimension.Duration, "d"), ["days"] = (Dimension.Duration, "d"),
        ["m"] = (Dimension.Length, "m"), ["meter"] = (Dimension.Length, "m"), ["meters"] = (Dimension.Length, "m"),
        ["metre"] = (Dimension.Length, "m"), ["metres"] = (Dimension.Length, "m"),
        ["km"] = (Dimension.Length, "km"), ["cm"] = (Dimension.Length, "cm"), ["mm"] = (Dimension.Length, "mm"),
        ["mi"] = (Dimension.Length, "mi"), ["mile"] = (Dimension.Length, "mi"), ["miles"] = (Dimension.Length, "mi"),
        ["yd"] = (Dimension.Length, "yd"), ["yard"] = (Dimension.Length, "yd"), ["yards"] = (Dimension.Length, "yd"),
        ["ft"] = (Dimension.Length, "ft"), ["foot"] = (Dimension.Length, "ft"), ["feet"] = (Dimension.Length, "ft"),
        ["in"] = (Dimension.Length, "in"), ["inch"] = (Dimension.Length, "in"), ["inches"] = (Dimension.Length, "in"),
        ["C"] = (Dimension.Temperature, "C"), ["°C"] = (Dimension.Temperature, "C"), ["degC"] = (Dimension.Temperature, "C"),
        ["celsius"] = (Dimension.Temperature, "C"),
        ["F"] = (Dimension.Temperature, "F"), ["°F"] = (Dimension.Temperature, "F"), ["degF"] = (Dimension.Temperature, "F"),
        ["fahrenheit"] = (Dimension.Temperature, "F"),
        ["K"] = (Dimension.Temperature, "K"), ["kelvin"] = (Dimension.Temperature, "K"),
        ["kg"] = (Dimension.Mass, "kg"), ["g"] = (Dimension.Mass, "g"),
        ["lb"] = (Dimension.Mass, "lb"), ["lbs"] = (Dimension.Mass, "lb"), ["pound"] = (Dimension.Mass, "lb"), ["pounds"] = (Dimension.Mass, "lb"),
    };

    /// <summary>The canonical unit and dimension of a unit name or alias; null when unknown.</summary>
    public static (Dimension Dimension, string Unit)? Resolve(string? unit) =>
        unit is not null && Aliases.TryGetValue(unit.Trim(), out var hit) ? hit : null;

    /// <summary>Units a field of <paramref name="dimension"/> accepts, for messages.</summary>
    public static string Known(Dimension dimension) => dimension switch
    {
        Dimension.Duration => "s, ms, min, h, d",
        Dimension.Length => "m, km, cm, mm, mi, yd, ft, in",
        Dimension.Temperature => "C, F, K",
        Dimension.Mass => "kg, g, lb",
        _ => "none (this field takes no unit)",
    };

    /// <summary>Converts <paramref name="value"/> between two canonical units of one dimension.</summary>
    public static double Convert(double value, string from, string to)
    {
        if (string.Equals(from, to, StringComparison.Ordinal)) return value;
        if (from is "C" or "F" or "K" || to is "C" or "F" or "K") return FromCelsius(ToCelsius(value, from), to);
        return value * Factor(from) / Factor(to);
    }

    /// <summary>Size of one unit in the base unit of its dimension (second, metre, kilogram).</summary>
    private static double Factor(string unit) => unit switch
    {
        "s" => 1,
        "ms" => 0.001,
        "min" => 60,
        "h" => 3600,
        "d" => 86400,
        "m" => 1,
        "km" => 1000,
        "cm" => 0.01,
        "mm" => 0.001,
        "mi" => 1609.344,
        "yd" => 0.9144,
        "ft" => 0.3048,
        "in" => 0.0254,
        "kg" => 1,
        "g" => 0.001,
        "lb" => 0.45359237,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a canonical unit"),
    };

    private static double ToCelsius(double value, string unit) => unit switch
    {
        "C" => value,
        "F" => (value - 32) * 5 / 9,
        "K" => value - 273.15,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a temperature unit"),
    };

    private static double FromCelsius(double celsius, string unit) => unit switch
    {
        "C" => celsius,
        "F" => (celsius * 9 / 5) + 32,
        "K" => celsius + 273.15,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "not a temperature unit"),
    };
}
