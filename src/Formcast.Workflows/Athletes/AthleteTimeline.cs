namespace Formcast.Workflows.Athletes;

/// <summary>
/// An athlete's daily state over a range of days, with what the charts need: the days, the conventions of every number,
/// time in heart-rate zones over the last four weeks of the range, and the data-quality caveats. The report embeds it
/// and the dashboard fetches it (<c>GET /api/athletes/{athlete}/days</c>), so both draw the same charts from it.
/// </summary>
/// <param name="Handle">The athlete's handle.</param>
/// <param name="From">First day asked for, else of the stored history (null when there is none).</param>
/// <param name="To">Last day asked for, else of the stored history.</param>
/// <param name="Conventions">One sentence per number.</param>
/// <param name="Provenance">The days' provenance string (algorithm version and every convention).</param>
/// <param name="ConventionsMatch">False when the stored days were computed with other conventions than
/// <paramref name="Conventions"/> describe (then <paramref name="Provenance"/> is the one to read).</param>
/// <param name="Days">The athlete-days, oldest first.</param>
/// <param name="HeartRateZones">Time in heart-rate zones over the last 28 days of the range; null without thresholds.</param>
/// <param name="Caveats">Data-quality sentences for the range.</param>
public sealed record AthleteTimeline(
    string Handle, DateOnly? From, DateOnly? To, NumberConventions Conventions, string Provenance, bool ConventionsMatch,
    IReadOnlyList<AthleteDayView> Days, ZoneSummary? HeartRateZones, IReadOnlyList<string> Caveats);
