using System.Globalization;
using Formcast.Core;

namespace Formcast.Workflows.Planning;

/// <summary>
/// Sessions as a coach types them on the command line or in a query string: <c>TYPE[:MINUTES]</c> (what-if days,
/// e.g. <c>intervals:50</c>, <c>rest</c>; <c>-</c> leaves the day to the planner) and <c>yyyy-MM-dd:TYPE[:MINUTES]</c>
/// (a coach-set session on a date). TYPE is a <see cref="SessionIntensity"/> in lower case.
/// </summary>
public static class SessionSpec
{
    public static string Types => string.Join(", ", Enum.GetValues<SessionIntensity>().Select(t => t.ToString().ToLowerInvariant()));

    /// <summary>Parses <c>TYPE[:MINUTES]</c>; null with <paramref name="error"/> set when it is not one.</summary>
    public static PlannedSession? ParseSession(string text, AthleteId athlete, DateOnly date, out string? error) =>
        Parse(text, text, "TYPE[:MINUTES]", athlete, date, out error);

    private static PlannedSession? Parse(string text, string whole, string pattern, AthleteId athlete, DateOnly date, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        error = null;
        if (parts.Length > 2 || !Enum.TryParse<SessionIntensity>(parts[0], ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(parts[0], out _))
        {
            error = $"'{whole}' is not {pattern} with TYPE one of {Types}";
            return null;
        }

        var minutes = DefaultMinutes(type);
        if (parts.Length == 2)
        {
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out minutes) || minutes < 0 || minutes > 600)
            {
                error = $"'{whole}': minutes must be a number from 0 to 600";
                return null;
            }
        }

        return new PlannedSession
        {
            AthleteId = athlete,
            Date = date,
            Intensity = type,
            DurationMinutes = type == SessionIntensity.Rest ? 0 : minutes,
            Planner = "coach",
        };
    }

    /// <summary>Parses <c>yyyy-MM-dd:TYPE[:MINUTES]</c>.</summary>
    public static PlannedSession? ParseCoachSession(string text, AthleteId athlete, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !DateOnly.TryParseExact(text[..colon], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = $"'{text}' is not yyyy-MM-dd:TYPE[:MINUTES]";
            return null;
        }

        var session = Parse(text[(colon + 1)..], text, "yyyy-MM-dd:TYPE[:MINUTES]", athlete, date, out error);
        return session is null ? null : session with { IsCoachOverride = true };
    }

    /// <summary>Typical minutes of a session type when the coach gives none.</summary>
    public static double DefaultMinutes(SessionIntensity type) => type switch
    {
        SessionIntensity.Rest => 0,
        SessionIntensity.Recovery => 30,
        SessionIntensity.Easy => 45,
        SessionIntensity.Sprint => 40,
        SessionIntensity.Threshold or SessionIntensity.Intervals => 50,
        _ => 60,
    };
}
