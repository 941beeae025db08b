using System.Globalization;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Reporting;

/// <summary>Invariant formatting of the numbers in report tables.</summary>
internal static class Cells
{
    /// <summary>A number with <paramref name="decimals"/> decimals, "n/a" when undefined.</summary>
    public static string Number(double value, int decimals = 3) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "n/a";

    /// <summary>"estimate [lower, upper]".</summary>
    public static string Interval(ConfidenceInterval interval, int decimals = 3) => Interval(interval.Estimate, interval.Lower, interval.Upper, decimals);

    public static string Interval(double estimate, double lower, double upper, int decimals = 3) =>
        double.IsFinite(lower) && double.IsFinite(upper)
            ? $"{Number(estimate, decimals)} [{Number(lower, decimals)}, {Number(upper, decimals)}]"
            : Number(estimate, decimals);

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double share) => double.IsFinite(share) ? (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
