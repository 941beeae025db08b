using System.Globalization;
using Formcast.Workflows.Athletes;
using Spectre.Console;

namespace Formcast.Cli.Infrastructure;

/// <summary>Number formats of the human-readable tables, in one place (invariant culture; empty for a missing value).</summary>
internal static class Display
{
    public static string Num(double? value, string format = "0.#", string missing = "") => value?.ToString(format, CultureInfo.InvariantCulture) ?? missing;

    /// <summary>A value with its unit; questionnaire scales read "4/5" and "7/10".</summary>
    public static string WithUnit(double? value, string unit, string format = "0.##") => value is null ? "" : unit switch
    {
        "1-5" => Num(value, format) + "/5",
        "0-10" => Num(value, format) + "/10",
        _ => Num(value, format) + " " + unit,
    };

    /// <summary>With an explicit sign: "+3.2", "−1.0".</summary>
    public static string Signed(double? value, string format = "0.0") =>
        value is { } v ? (v > 0 ? "+" : "") + v.ToString(format, CultureInfo.InvariantCulture) : "";

    /// <summary>m:ss (or h:mm:ss) from seconds.</summary>
    public static string Clock(double? seconds) => seconds is { } s ? AthleteStateQuery.Clock(s) : "";

    /// <summary>m:ss per km from a speed in m/s.</summary>
    public static string PaceOfSpeed(double? metersPerSecond) => metersPerSecond is { } v && v > 0 ? AthleteStateQuery.Pace(1000 / v) : "";

    /// <summary>A plain text cell (escaped, so brackets in sentences are not read as markup).</summary>
    public static Text Cell(string text) => new(text);

    /// <summary>A bold heading line.</summary>
    public static void Heading(IAnsiConsole console, string text)
    {
        console.WriteLine();
        console.Write(new Text(text, new Style(decoration: Decoration.Bold)));
        console.WriteLine();
    }

    /// <summary>Sentences as a bulleted list.</summary>
    public static void Bullets(IAnsiConsole console, IEnumerable<string> lines)
    {
        foreach (var line in lines) console.Write(new Text("• " + line + "\n"));
    }
}
