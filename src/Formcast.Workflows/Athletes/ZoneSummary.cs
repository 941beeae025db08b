namespace Formcast.Workflows.Athletes;

/// <summary>Time in heart-rate zones over a stretch of days, from the heart-rate streams of the sessions in it.</summary>
/// <param name="Model">Zone model, e.g. "friel-lthr" or "edwards-hrmax".</param>
/// <param name="Convention">How the zones and durations are defined, with sources.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Zones">Minutes per zone, lowest first.</param>
/// <param name="SessionsWithHeartRate">Sessions whose heart-rate stream was zoned.</param>
/// <param name="SessionsWithoutHeartRate">Sessions without one (not in the zones).</param>
public sealed record ZoneSummary(
    string Model, string Convention, DateOnly From, DateOnly To, IReadOnlyList<ZoneMinutes> Zones, int SessionsWithHeartRate, int SessionsWithoutHeartRate);
