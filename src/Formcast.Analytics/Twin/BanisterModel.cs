namespace Formcast.Analytics;

/// <summary>
/// Banister's impulse-response model (Banister et al. 1975; Calvert et al. 1976):
/// <c>p(t) = p0 + k1·Σ_{s≤t} w(s)·e^(−(t−s)/τ1) − k2·Σ_{s≤t} w(s)·e^(−(t−s)/τ2)</c>, with w the daily load. Whether
/// the load of the test day itself counts is a convention: Clarke &amp; Skiba 2013's spreadsheet counts it (their
/// published parameters give SSE 21.3 W² with it and 193 W² without it on their data), so Formcast does by default.
/// The sums follow the recursion <c>g(t) = g(t−1)·e^(−1/τ) + w(t)</c>, O(n) for a whole series.
/// </summary>
public static class BanisterModel
{
    /// <summary>Modelled performance for every day of <paramref name="dailyLoad"/>.</summary>
    /// <param name="dailyLoad">Daily loads, day 0 first.</param>
    /// <param name="parameters">Model parameters.</param>
    /// <param name="performance">Destination, one value per day.</param>
    /// <param name="includeSameDayLoad">Whether day t's own load affects p(t) (default true).</param>
    /// <param name="initialFitness">Fitness sum g1 carried in from before day 0 (load units).</param>
    /// <param name="initialFatigue">Fatigue sum g2 carried in from before day 0.</param>
    public static void Predict(ReadOnlySpan<double> dailyLoad, BanisterParameters parameters, Span<double> performance,
        bool includeSameDayLoad = true, double initialFitness = 0, double initialFatigue = 0)
    {
        if (performance.Length < dailyLoad.Length) throw new ArgumentException("destination is shorter than the loads", nameof(performance));
        var a1 = Math.Exp(-1 / parameters.Tau1);
        var a2 = Math.Exp(-1 / parameters.Tau2);
        double g1 = initialFitness, g2 = initialFatigue;
        for (var t = 0; t < dailyLoad.Length; t++)
        {
            if (includeSameDayLoad)
            {
                g1 = (g1 * a1) + dailyLoad[t];
                g2 = (g2 * a2) + dailyLoad[t];
                performance[t] = parameters.P0 + (parameters.K1 * g1) - (parameters.K2 * g2);
            }
            else
            {
                g1 *= a1;
                g2 *= a2;
                performance[t] = parameters.P0 + (parameters.K1 * g1) - (parameters.K2 * g2);
                g1 += dailyLoad[t];
                g2 += dailyLoad[t];
            }
        }
    }

    /// <summary>
    /// Model values and analytic derivatives with respect to (p0, k1, τ1, k2, τ2) on the observation days.
    /// ∂p/∂τ uses h(t) = Σ w(s)(t−s)e^(−(t−s)/τ), with h(t) = e^(−1/τ)·(h(t−1) + g(t−1)), and ∂g/∂τ = h/τ².
    /// </summary>
    internal static void Evaluate(ReadOnlySpan<double> dailyLoad, ReadOnlySpan<int> observationDays, ReadOnlySpan<double> p,
        bool includeSameDayLoad, Span<double> values, double[,]? jacobian)
    {
        double tau1 = p[2], tau2 = p[4];
        var a1 = Math.Exp(-1 / tau1);
        var a2 = Math.Exp(-1 / tau2);
        double g1 = 0, g2 = 0, h1 = 0, h2 = 0;
        var next = 0;
        var lastDay = observationDays.Length > 0 ? observationDays[^1] : -1;
        for (var t = 0; t <= lastDay && next < observationDays.Length; t++)
        {
            // Advance to the end of day t (h before g: h uses g of the previous day).
            h1 = a1 * (h1 + g1);
            h2 = a2 * (h2 + g2);
            var w = t < dailyLoad.Length ? dailyLoad[t] : 0;
            double s1, s2, d1, d2;
            if (includeSameDayLoad)
            {
                g1 = (g1 * a1) + w;
                g2 = (g2 * a2) + w;
                (s1, s2, d1, d2) = (g1, g2, h1, h2);
            }
            else
            {
                // Sums over s < t: the state before adding today's load.
                (s1, s2, d1, d2) = (g1 * a1, g2 * a2, h1, h2);
                g1 = (g1 * a1) + w;
                g2 = (g2 * a2) + w;
            }

            while (next < observationDays.Length && observationDays[next] == t)
            {
                values[next] = p[0] + (p[1] * s1) - (p[3] * s2);
                if (jacobian is not null)
                {
                    jacobian[next, 0] = 1;
                    jacobian[next, 1] = s1;
                    jacobian[next, 2] = p[1] * d1 / (tau1 * tau1);
                    jacobian[next, 3] = -s2;
                    jacobian[next, 4] = -p[3] * d2 / (tau2 * tau2);
                }

                next++;
            }
        }
    }

    /// <summary>The impulse sums Σ w(s)·e^(−(t−s)/τ) on the observation days (ascending), for one time constant.</summary>
    internal static void ImpulseSums(ReadOnlySpan<double> dailyLoad, ReadOnlySpan<int> observationDays, double tau, bool includeSameDayLoad, Span<double> destination)
    {
        var a = Math.Exp(-1 / tau);
        var g = 0.0;
        var next = 0;
        for (var t = 0; next < observationDays.Length; t++)
        {
            var w = t < dailyLoad.Length ? dailyLoad[t] : 0;
            var before = g * a;
            g = before + w;
            var value = includeSameDayLoad ? g : before;
            while (next < observationDays.Length && observationDays[next] == t) destination[next++] = value;
        }
    }
}
