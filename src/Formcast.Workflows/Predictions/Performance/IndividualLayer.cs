namespace Formcast.Workflows.Predictions.Performance;

/// <summary>
/// The individual layer over a population model: each athlete gets an offset, the shrunken mean of the population
/// model's residuals on that athlete's earlier days, offset = Σe / (n + κ) with κ = σ²_within / σ²_between — the
/// posterior mean of a normal random intercept (partial pooling; Gelman &amp; Hill 2007, §12.5). With no history the
/// prediction is the population's; as days accumulate the athlete's own level takes over, as fast as the data say
/// athletes differ. Only outcomes dated before the prediction day are used.
/// </summary>
internal static class IndividualLayer
{
    /// <summary>κ used when athletes do not differ beyond noise: the offset then stays near 0.</summary>
    public const double NoBetweenAthleteVariance = 1e6;

    /// <summary>
    /// κ from residuals grouped by athlete (method of moments): σ²_within is the pooled within-athlete variance, and
    /// σ²_between the variance of athlete means minus σ²_within / (mean rows per athlete).
    /// </summary>
    public static double Shrinkage(IEnumerable<(int Athlete, double Residual)> residuals)
    {
        var groups = residuals.GroupBy(r => r.Athlete).Select(g => g.Select(x => x.Residual).ToArray()).Where(g => g.Length >= 2).ToArray();
        if (groups.Length < 2) return NoBetweenAthleteVariance;
        double within = 0;
        var degrees = 0;
        foreach (var g in groups)
        {
            var m = g.Average();
            within += g.Sum(v => (v - m) * (v - m));
            degrees += g.Length - 1;
        }

        within /= degrees;
        var means = groups.Select(g => g.Average()).ToArray();
        var grand = means.Average();
        var spread = means.Sum(m => (m - grand) * (m - grand)) / (means.Length - 1);
        var between = spread - (within / groups.Average(g => g.Length));
        return between <= 0 ? NoBetweenAthleteVariance : Math.Max(within / between, 0);
    }

    /// <summary>
    /// Individual predictions: the population prediction of each row plus its athlete's shrunken mean residual over
    /// the rows of that athlete strictly earlier in time.
    /// </summary>
    /// <param name="rows">Rows to predict (indices).</param>
    /// <param name="athlete">Athlete of each row.</param>
    /// <param name="time">Time of each row (day number).</param>
    /// <param name="actual">Outcome of each row (known once its day has passed).</param>
    /// <param name="population">Population prediction of each row.</param>
    /// <param name="kappa">Shrinkage κ (see <see cref="Shrinkage"/>).</param>
    public static double[] Apply(int[] rows, int[] athlete, double[] time, double[] actual, double[] population, double kappa)
    {
        var result = (double[])population.Clone();
        foreach (var group in rows.GroupBy(r => athlete[r]))
        {
            var ordered = group.OrderBy(r => time[r]).ToArray();
            double sum = 0;
            var n = 0;
            var i = 0;
            while (i < ordered.Length)
            {
                // Rows of the same day are predicted together, from days strictly before.
                var j = i;
                while (j < ordered.Length && time[ordered[j]] == time[ordered[i]]) j++;
                for (var k = i; k < j; k++) result[ordered[k]] = population[ordered[k]] + (sum / (n + kappa));
                for (var k = i; k < j; k++)
                {
                    sum += actual[ordered[k]] - population[ordered[k]];
                    n++;
                }

                i = j;
            }
        }

        return result;
    }

    /// <summary>Band of weeks of history: "1-4", "5-12" or "13+".</summary>
    public static string Band(int weeks) => weeks <= 4 ? "1-4" : weeks <= 12 ? "5-12" : "13+";
}
