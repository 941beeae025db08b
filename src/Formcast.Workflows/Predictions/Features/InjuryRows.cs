using System.Globalization;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Features;

/// <summary>
/// Injury rows: one per athlete and Monday (the squad's weekly review), label 1 when an injury begins in the next
/// <see cref="HorizonDays"/> days (that Monday included). Features come from the days before the Monday only. A row
/// needs <see cref="MinimumHistoryDays"/> recorded days before it, a horizon inside the record, and — where injuries are
/// self-reported — a report inside the horizon; otherwise its label is unknown and the row is left out.
/// </summary>
internal static class InjuryRows
{
    public const int HorizonDays = 7;

    public const int MinimumHistoryDays = 14;

    public static CohortRows Build(Cohort cohort, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var channels = ExtraChannels(cohort);
        var candidates = DailyState.Describe(channels).Concat(CohortRows.PersonFeatures).ToArray();
        var rows = new List<double[]>();
        var target = new List<double>();
        var keys = new List<RowKey>();
        foreach (var athlete in cohort.Athletes)
        {
            var state = DailyState.Compute(athlete, channels);
            var person = CohortRows.PersonValues(athlete);
            for (var i = MinimumHistoryDays; i + HorizonDays - 1 < athlete.Days.Count; i++)
            {
                var date = athlete.Days[i].Date;
                if (date.DayOfWeek != DayOfWeek.Monday) continue;
                var end = date.AddDays(HorizonDays - 1);
                if (athlete.InjuryReportDays is { } reports && !reports.Any(r => r >= date && r <= end)) continue;
                rows.Add([.. state.Row(i - 1), .. person]);
                target.Add(athlete.InjuryOnsets.Any(o => o >= date && o <= end) ? 1 : 0);
                keys.Add(new RowKey(athlete.Index, date));
            }
        }

        var chosen = CohortRows.ChooseColumns(rows, candidates, columns);
        var (data, features) = CohortRows.Assemble(rows, candidates, chosen, [.. target], keys);
        return new CohortRows(cohort, data, features, keys,
            string.Create(CultureInfo.InvariantCulture, $"an injury begins within {HorizonDays} days of the Monday the prediction is made ({cohort.InjuryDefinition})"));
    }

    /// <summary>Load channels every athlete of the cohort has.</summary>
    public static IReadOnlyList<string> ExtraChannels(Cohort cohort) =>
        cohort.Athletes.Count == 0 ? [] : [.. cohort.Athletes[0].ExtraLoads.Keys.Where(k => cohort.Athletes.All(a => a.ExtraLoads.ContainsKey(k))).Order(StringComparer.Ordinal)];
}
