using Formcast.Core;
using Formcast.Workflows;

namespace Formcast.Server.Apis;

/// <summary>An athlete as the API shows it.</summary>
public sealed record AthleteResponse(
    string Id,
    string Handle,
    string? Name,
    string Sex,
    int? BirthYear,
    string Sport,
    string? Discipline,
    string Level,
    string TimeZone,
    IReadOnlyList<PhysiologicalThresholds> Thresholds)
{
    public static AthleteResponse From(Athlete a) => new(
        a.Id.ToString(), a.Handle, a.DisplayName, Names.Sex(a.Sex), a.BirthYear, Names.Sport(a.Sport), a.Discipline, Names.Level(a.Level), a.TimeZoneId, a.Thresholds);
}
