using System.Globalization;

namespace Formcast.Workflows;

/// <summary>How numbers read in tables, shared by the command line and the HTML report (invariant culture; a missing
/// value is empty unless told otherwise).</summary>
public static class Numbers
{
    public static string Format(double? value, string format = "0.#", string missing = "") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? missing;

    /// <summary>With an explicit sign: "+3.2", "-1.0".</summary>
    public static string Signed(double? value, string format = "0.0") =>
        value is { } v ? (v > 0 ? "+" : "") + v.ToString(format, CultureInfo.InvariantCulture) : "";

    /// <summary>m:ss, or h:mm:ss from an hour on.</summary>
    public static string Clock(double? seconds)
    {
        if (seconds is not { } value || !double.IsFinite(value)) return "";
        var s = (long)Math.Round(value);
        return s >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{s / 3600}:{s / 60 % 60:00}:{s % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}");
    }

    /// <summary>m:ss per km from a speed in m/s.</summary>
    public static string PaceOfSpeed(double? metersPerSecond) => metersPerSecond is { } v && v > 0 ? Clock(1000 / v) : "";

    /// <summary>A value with its unit; questionnaire scales read "4/5" and "7/10".</summary>
    public static string WithUnit(double? value, string unit, string format = "0.##") => value is null ? "" : unit switch
    {
        "1-5" => Format(value, format) + "/5",
        "0-10" => Format(value, format) + "/10",
        _ => Format(value, format) + " " + unit,
    };
}
