namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// The alert-budget view of a risk score: a coach can follow up N athletes a week, so each squad-week the N highest
/// scores are flagged (all of them when the squad that week is smaller). Precision = injured among the flagged ÷
/// flagged; recall = injured that were flagged ÷ all injured rows. Ties are broken by row order, so the result is
/// deterministic. Rows of a bootstrap resample may repeat; each repeat counts as one more squad member.
/// </summary>
internal static class AlertBudget
{
    /// <summary>Flags per squad-week reported by default.</summary>
    public static IReadOnlyList<int> DefaultBudgets { get; } = [1, 3, 5];

    /// <summary>Precision and recall at <paramref name="budget"/> flags per week over <paramref name="rows"/>.</summary>
    /// <param name="rows">Rows taking part (indices into the other arrays; repeats allowed).</param>
    /// <param name="label">1 for an injury, 0 otherwise, per row.</param>
    /// <param name="score">Risk score per row (higher = flagged first).</param>
    /// <param name="week">Squad-week of each row (rows of one week compete for its flags).</param>
    /// <param name="budget">Flags per squad-week.</param>
    public static (double Precision, double Recall, int Flagged, int Caught) Evaluate(
        ReadOnlySpan<int> rows, ReadOnlySpan<double> label, ReadOnlySpan<double> score, ReadOnlySpan<int> week, int budget)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budget);
        var byWeek = new Dictionary<int, List<(double Score, int Position, bool Injured)>>();
        var injured = 0;
        for (var p = 0; p < rows.Length; p++)
        {
            var r = rows[p];
            var positive = label[r] == 1;
            if (positive) injured++;
            if (!byWeek.TryGetValue(week[r], out var list)) byWeek[week[r]] = list = [];
            list.Add((score[r], p, positive));
        }

        int flagged = 0, caught = 0;
        foreach (var list in byWeek.Values)
        {
            list.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Position.CompareTo(b.Position));
            var take = Math.Min(budget, list.Count);
            for (var i = 0; i < take; i++)
            {
                flagged++;
                if (list[i].Injured) caught++;
            }
        }

        var precision = flagged == 0 ? double.NaN : (double)caught / flagged;
        var recall = injured == 0 ? double.NaN : (double)caught / injured;
        return (precision, recall, flagged, caught);
    }
}
