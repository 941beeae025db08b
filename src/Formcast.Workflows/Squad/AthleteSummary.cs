using Formcast.Core;

namespace Formcast.Workflows.Squad;

/// <summary>One line of the squad overview, as of a given day. The daily-state numbers are that day's stored values
/// (null when the athlete has no stored day then); <see cref="Flags"/> name what a coach should look at, and
/// <see cref="Caveats"/> what the numbers rest on.</summary>
public sealed record AthleteSummary(
    AthleteId Id,
    string Handle,
    Sport Sport,
    Sex Sex,
    int? AgeYears,
    AthleteLevel Level,
    double Load7Days,
    int Sessions7Days,
    double Minutes7Days,
    double WellnessAnswered28Days,
    DateOnly? LastRecordedDay,
    string? OpenInjury,
    double? Fitness = null,
    double? Fatigue = null,
    double? Form = null,
    double? AcwrEwma = null,
    double? Monotony = null,
    double? Readiness = null,
    IReadOnlyList<string>? Flags = null,
    IReadOnlyList<string>? Caveats = null);
