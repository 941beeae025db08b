namespace Formcast.Analytics;

/// <summary>
/// Levenberg–Marquardt (Marquardt 1963, with diag(JᵀJ) scaling) under box constraints by projection: each trial point is
/// clamped to the box, and parameters sitting on a bound whose descent direction points outward are held for that
/// iteration (a simple active set, as in projected LM methods; Kanzow, Yamashita &amp; Fukushima 2004).
/// </summary>
internal static class BoundedLevenbergMarquardt
{
    public static (double[] Parameters, double Cost, int Iterations) Minimise(TwinProblem problem, double[] start, int maxIterations)
    {
        var p = (double[])start.Clone();
        problem.Clamp(p);
        var m = problem.ResidualCount;
        var residuals = new double[m];
        var trialResiduals = new double[m];
        var jacobian = new double[m, BanisterParameters.Count];
        var cost = problem.Residuals(p, residuals, jacobian);
        var lambda = 1e-3;
        var iteration = 0;
        var active = new List<int>(BanisterParameters.Count);
        for (; iteration < maxIterations; iteration++)
        {
            var gradient = new double[BanisterParameters.Count];
            for (var j = 0; j < gradient.Length; j++)
            {
                for (var i = 0; i < m; i++) gradient[j] += jacobian[i, j] * residuals[i];
            }

            active.Clear();
            for (var j = 0; j < gradient.Length; j++)
            {
                if (!problem.Free[j]) continue;
                var atLower = p[j] <= problem.Lower[j] && gradient[j] > 0;
                var atUpper = p[j] >= problem.Upper[j] && gradient[j] < 0;
                if (!atLower && !atUpper) active.Add(j);
            }

            if (active.Count == 0) break;
            var k = active.Count;
            var a = new double[k, k];
            var g = new double[k];
            for (var r = 0; r < k; r++)
            {
                g[r] = -gradient[active[r]];
                for (var c = 0; c <= r; c++)
                {
                    var sum = 0.0;
                    for (var i = 0; i < m; i++) sum += jacobian[i, active[r]] * jacobian[i, active[c]];
                    a[r, c] = a[c, r] = sum;
                }
            }

            var improved = false;
            var damped = new double[k, k];
            while (lambda < 1e16)
            {
                for (var r = 0; r < k; r++)
                {
                    for (var c = 0; c < k; c++) damped[r, c] = a[r, c];
                    damped[r, r] += lambda * Math.Max(a[r, r], 1e-12);
                }

                var step = SmallLinearSystem.SolveRidged(damped, g);
                var trial = (double[])p.Clone();
                for (var r = 0; r < k; r++) trial[active[r]] += step[r];
                problem.Clamp(trial);
                var trialCost = problem.Residuals(trial, trialResiduals, null);
                if (double.IsFinite(trialCost) && trialCost < cost)
                {
                    var relative = (cost - trialCost) / Math.Max(cost, 1e-300);
                    p = trial;
                    cost = problem.Residuals(p, residuals, jacobian);
                    lambda = Math.Max(lambda / 3, 1e-12);
                    improved = relative > 1e-10;
                    break;
                }

                lambda *= 4;
            }

            if (!improved) break;
        }

        return (p, cost, iteration);
    }
}
