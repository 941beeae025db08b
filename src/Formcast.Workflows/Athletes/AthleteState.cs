namespace Formcast.Workflows.Athletes;

/// <summary>
/// An athlete-day's full state for <c>formcast athlete state</c> and the report: the day's numbers with their conventions,
/// readiness with every contributor, data-quality caveats and provenance, and the current fitness estimates and race
/// predictions with the inputs they used.
/// </summary>
/// <param name="Athlete">Who.</param>
/// <param name="Date">The day shown.</param>
/// <param name="Day">The stored athlete-day, or null when none is stored for <paramref name="Date"/>.</param>
/// <param name="Conventions">One sentence per number.</param>
/// <param name="Provenance">The day's provenance (algorithm version and conventions).</param>
/// <param name="ConventionsMatch">False when the day was computed with other conventions than <paramref name="Conventions"/> describe.</param>
/// <param name="Caveats">Data-quality sentences for the history up to <paramref name="Date"/>.</param>
/// <param name="Estimates">Effective VO2max, critical speed/power, zones and easy pace, where the data allow.</param>
/// <param name="RacePredictions">Predictions per distance from the best recent race, with inputs; empty without races.</param>
public sealed record AthleteState(
    AthleteHeader Athlete, DateOnly Date, AthleteDayView? Day, NumberConventions Conventions, string Provenance, bool ConventionsMatch,
    IReadOnlyList<string> Caveats, FitnessEstimates Estimates, IReadOnlyList<RaceForecast> RacePredictions);
