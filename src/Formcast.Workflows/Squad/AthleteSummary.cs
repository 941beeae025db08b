using Formcast.Core;

namespace Formcast.Workflows.Squad;

/// <summary>One line of the squad overview, as of a given day.</summary>
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
    string? OpenInjury);
