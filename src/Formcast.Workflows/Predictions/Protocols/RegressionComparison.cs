using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// MSE, MAE and R² of several predictions of the same held-out rows, and each one's MAE minus the first's (the model),
/// with bootstrap intervals from shared resamples (of whole athletes when clusters are given), written as a report
/// table with a plain verdict against every baseline.
/// </summary>
internal static class RegressionComparison
{
    private const int Per = 3;

    /// <param name="section">Where the table, numbers and verdict go.</param>
    /// <param name="methods">The model first, then the other methods (families alone, baselines).</param>
    /// <param name="baselines">Names of the methods the verdict judges the model against.</param>
    /// <param name="actual">Outcome per row.</param>
    /// <param name="tested">Rows to score.</param>
    /// <param name="clusters">Athlete per row for a cluster bootstrap, or null for rows.</param>
    /// <param name="options">Bootstrap settings.</param>
    /// <param name="unit">Unit of the outcome, for the caption.</param>
    /// <param name="decimals">Decimals of error cells.</param>
    public static ConfidenceInterval[][] Write(SectionBuilder section, IReadOnlyList<(string Name, double[] Predicted)> methods, IReadOnlyCollection<string> baselines,
        double[] actual, int[] tested, int[]? clusters, BootstrapOptions options, string unit, int decimals = 2)
    {
        var count = (methods.Count * Per) + (methods.Count - 1);
        double[] Statistics(int[] sample)
        {
            var rows = sample.Select(i => tested[i]).ToArray();
            var y = rows.Select(r => actual[r]).ToArray();
            var result = new double[count];
            for (var m = 0; m < methods.Count; m++)
            {
                var p = rows.Select(r => methods[m].Predicted[r]).ToArray();
                result[m * Per] = RegressionMetrics.MeanSquaredError(y, p);
                result[(m * Per) + 1] = RegressionMetrics.MeanAbsoluteError(y, p);
                result[(m * Per) + 2] = RegressionMetrics.R2(y, p);
            }

            for (var m = 1; m < methods.Count; m++) result[(methods.Count * Per) + m - 1] = result[1] - result[(m * Per) + 1];
            return result;
        }

        var intervals = Bootstrap.Intervals(tested.Length, Statistics, count, clusters is null ? null : [.. tested.Select(r => clusters[r])], options);
        section.Table(Invariant($"Held-out error ({unit}; 95 % bootstrap intervals{(clusters is null ? " over rows" : " over athletes")})"),
            ["method", "MSE", "MAE", "R²", "MAE − model's MAE"],
            methods.Select((m, i) => (IReadOnlyList<string>)[m.Name, Interval(intervals[i * Per], decimals), Interval(intervals[(i * Per) + 1], decimals),
                Interval(intervals[(i * Per) + 2]), i == 0 ? "" : Interval(Negate(intervals[(methods.Count * Per) + i - 1]), decimals)]));
        for (var i = 0; i < methods.Count; i++)
        {
            section.Number(methods[i].Name, "mse", intervals[i * Per]).Number(methods[i].Name, "mae", intervals[(i * Per) + 1]).Number(methods[i].Name, "r2", intervals[(i * Per) + 2]);
        }

        var beaten = new List<string>();
        var notBeaten = new List<string>();
        for (var i = 1; i < methods.Count; i++)
        {
            if (!baselines.Contains(methods[i].Name)) continue;
            var d = intervals[(methods.Count * Per) + i - 1];
            (d.Upper < 0 ? beaten : notBeaten).Add(methods[i].Name);
        }

        var head = Invariant($"{methods[0].Name}: MAE {Interval(intervals[1], decimals)}, R² {Interval(intervals[2])}. ");
        section.Finding(notBeaten.Count == 0
            ? head + "It beats every baseline (" + string.Join(", ", beaten) + "): each MAE difference has its interval below 0."
            : beaten.Count == 0
                ? head + "It does NOT beat the baselines (" + string.Join(", ", notBeaten) + "): no MAE difference has an interval below 0."
                : head + "It beats " + string.Join(", ", beaten) + " but does NOT beat " + string.Join(", ", notBeaten) + " (MAE difference interval reaches 0 or above).");
        return [.. Enumerable.Range(0, methods.Count).Select(i => intervals.Skip(i * Per).Take(Per).ToArray())];
    }

    private static ConfidenceInterval Negate(ConfidenceInterval c) => c with { Estimate = -c.Estimate, Lower = -c.Upper, Upper = -c.Lower };
}
