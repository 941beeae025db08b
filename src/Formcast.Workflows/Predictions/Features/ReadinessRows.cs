using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Features;

/// <summary>
/// Readiness rows: one per day on which the athlete answered the self-rated readiness question (0–10), target that
/// answer, features from the athlete's state at the end of the previous day plus the last three answers before it.
/// A row needs <see cref="MinimumHistoryDays"/> recorded days before it.
/// </summary>
internal static class ReadinessRows
{
    public const int MinimumHistoryDays = 7;

    private static readonly FeatureInfo[] Lags =
    [
        new("readiness_answer_lag1", "yesterday's readiness answer", "0-10", "wellness"),
        new("readiness_answer_lag2", "readiness answer 2 days ago", "0-10", "wellness"),
        new("readiness_answer_lag3", "readiness answer 3 days ago", "0-10", "wellness"),
    ];

    public static CohortRows Build(Cohort cohort, IReadOnlyList<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var channels = InjuryRows.ExtraChannels(cohort);
        var candidates = DailyState.Describe(channels).Concat(Lags).Concat(CohortRows.PersonFeatures).ToArray();
        var rows = new List<double[]>();
        var target = new List<double>();
        var keys = new List<RowKey>();
        foreach (var athlete in cohort.Athletes)
        {
            var state = DailyState.Compute(athlete, channels);
            var answers = athlete.Days.Select(SelfReadiness).ToArray();
            var person = CohortRows.PersonValues(athlete);
            for (var i = MinimumHistoryDays; i < athlete.Days.Count; i++)
            {
                if (double.IsNaN(answers[i])) continue;
                rows.Add([.. state.Row(i - 1), answers[i - 1], answers[i - 2], answers[i - 3], .. person]);
                target.Add(answers[i]);
                keys.Add(new RowKey(athlete.Index, athlete.Days[i].Date));
            }
        }

        var chosen = CohortRows.ChooseColumns(rows, candidates, columns);
        var (data, features) = CohortRows.Assemble(rows, candidates, chosen, [.. target], keys);
        return new CohortRows(cohort, data, features, keys, "the self-rated readiness (0–10) the athlete gives that morning, predicted from the days before");
    }

    /// <summary>The day's own readiness answer (0–10), or NaN.</summary>
    internal static double SelfReadiness(Formcast.Core.AthleteDay day)
    {
        foreach (var c in day.ReadinessContributors)
        {
            if (c.Name == "self_readiness" && c.Value is { } v) return v;
        }

        return double.NaN;
    }
}
