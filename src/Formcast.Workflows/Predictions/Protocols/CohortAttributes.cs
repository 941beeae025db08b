using Formcast.Core;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>The attributes a subgroup audit splits a cohort by: sex, age band, sport and level.</summary>
internal static class CohortAttributes
{
    /// <summary>Age bands in years: under 30, 30–44, 45 and over.</summary>
    public static string? AgeBand(double? age) => age switch
    {
        null => null,
        < 30 => "under 30",
        < 45 => "30-44",
        _ => "45 and over",
    };

    public static string? SexName(Sex sex) => sex switch
    {
        Sex.Female => "female",
        Sex.Male => "male",
        _ => null,
    };

    /// <summary>The four audit attributes for rows whose athlete is <paramref name="athleteOf"/>(row).</summary>
    public static IReadOnlyList<(string Attribute, Func<int, string?> GroupOf)> For(Func<int, CohortAthlete> athleteOf) =>
    [
        ("sex", r => SexName(athleteOf(r).Sex)),
        ("age band", r => AgeBand(athleteOf(r).AgeYears)),
        ("sport", r => athleteOf(r).Sport),
        ("level", r => athleteOf(r).Level),
    ];
}
