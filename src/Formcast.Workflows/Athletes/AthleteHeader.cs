using Formcast.Core;

namespace Formcast.Workflows.Athletes;

/// <summary>Who an athlete is, in plain words (no name: handles are the non-identifying key of reports).</summary>
public sealed record AthleteHeader(string Handle, string Sport, string? Discipline, string Sex, int? Age, string Level, string TimeZone)
{
    public static AthleteHeader From(Athlete athlete, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        return new AthleteHeader(athlete.Handle, Names.Sport(athlete.Sport), athlete.Discipline, Names.Sex(athlete.Sex), athlete.AgeIn(on.Year),
            Names.Level(athlete.Level), athlete.TimeZoneId);
    }
}
