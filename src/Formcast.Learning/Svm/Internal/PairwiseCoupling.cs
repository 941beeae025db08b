namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Class probabilities from pairwise ones by the second method of Wu, Lin &amp; Weng, "Probability estimates for
/// multi-class classification by pairwise coupling", JMLR 5:975 (2004), §4: minimise ½pᵀQp subject to Σp = 1 with
/// Q_tt = Σ_{j≠t} r_jt², Q_tj = −r_jt·r_tj, by their fixed-point iteration (at most max(100, k) sweeps, stop when
/// max_t |(Qp)_t − pᵀQp| &lt; 0.005/k). LIBSVM uses the same method and constants.
/// </summary>
internal static class PairwiseCoupling
{
    /// <param name="pairwise">r[i, j] = P(class i | class i or j), with r[j, i] = 1 − r[i, j].</param>
    /// <param name="probabilities">Receives one probability per class.</param>
    public static void Solve(double[,] pairwise, Span<double> probabilities)
    {
        var k = pairwise.GetLength(0);
        var q = new double[k, k];
        var qp = new double[k];
        for (var t = 0; t < k; t++)
        {
            probabilities[t] = 1.0 / k;
            for (var j = 0; j < k; j++)
            {
                if (j == t) continue;
                q[t, t] += pairwise[j, t] * pairwise[j, t];
                q[t, j] = -pairwise[j, t] * pairwise[t, j];
            }
        }

        var maxSweeps = Math.Max(100, k);
        var tolerance = 0.005 / k;
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            var pqp = 0.0;
            for (var t = 0; t < k; t++)
            {
                qp[t] = 0;
                for (var j = 0; j < k; j++) qp[t] += q[t, j] * probabilities[j];
                pqp += probabilities[t] * qp[t];
            }

            var worst = 0.0;
            for (var t = 0; t < k; t++) worst = Math.Max(worst, Math.Abs(qp[t] - pqp));
            if (worst < tolerance) break;

            for (var t = 0; t < k; t++)
            {
                var diff = (-qp[t] + pqp) / q[t, t];
                probabilities[t] += diff;
                pqp = (pqp + (diff * ((diff * q[t, t]) + (2 * qp[t])))) / (1 + diff) / (1 + diff);
                for (var j = 0; j < k; j++)
                {
                    qp[j] = (qp[j] + (diff * q[t, j])) / (1 + diff);
                    probabilities[j] /= 1 + diff;
                }
            }
        }
    }
}
