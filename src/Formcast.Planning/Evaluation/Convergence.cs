namespace Formcast.Planning;

/// <summary>
/// When a learning curve counts as converged, one rule for PPO rounds and genetic-algorithm generations: the first
/// round whose trailing mean over <c>window</c> rounds has covered <c>fraction</c> (95 %) of the way from the first
/// window's mean to the best trailing mean reached. Null when the curve never improved.
/// </summary>
public static class Convergence
{
    public static int? Round(IReadOnlyList<double> scores, double fraction = 0.95, int window = 5)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0) return null;
        var w = Math.Max(1, Math.Min(window, scores.Count));
        var smoothed = new double[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var from = Math.Max(0, i - w + 1);
            var sum = 0.0;
            var n = 0;
            for (var j = from; j <= i; j++)
            {
                if (double.IsNaN(scores[j])) continue;
                sum += scores[j];
                n++;
            }

            smoothed[i] = n > 0 ? sum / n : double.NaN;
        }

        var start = smoothed.FirstOrDefault(double.IsFinite);
        var best = smoothed.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsFinite(best) || !(best > start)) return null;
        var target = start + (fraction * (best - start));
        for (var i = 0; i < smoothed.Length; i++)
        {
            if (smoothed[i] >= target) return i + 1;
        }

        return null;
    }
}
