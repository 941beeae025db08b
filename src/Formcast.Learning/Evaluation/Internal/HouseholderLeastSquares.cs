namespace Formcast.Learning.Evaluation.Internal;

/// <summary>Dense least squares min ‖A x − b‖ by Householder QR (Golub &amp; Van Loan 2013, §5.3), for the small
/// problems of stacking blends and Kernel SHAP. Rank-deficient columns get coefficient 0.</summary>
internal static class HouseholderLeastSquares
{
    /// <summary>Least squares on the columns in <paramref name="set"/> by Householder QR; other coefficients are 0.</summary>
    public static double[] Solve(double[,] a, double[] b, int[] set)
    {
        var n = b.Length;
        var k = set.Length;
        var q = new double[n, k];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < k; c++) q[r, c] = a[r, set[c]];
        }

        var rhs = (double[])b.Clone();
        for (var c = 0; c < k; c++)
        {
            double norm = 0;
            for (var r = c; r < n; r++) norm += q[r, c] * q[r, c];
            norm = Math.Sqrt(norm);
            if (norm == 0) continue;
            var alpha = q[c, c] > 0 ? -norm : norm;
            var v = new double[n];
            v[c] = q[c, c] - alpha;
            for (var r = c + 1; r < n; r++) v[r] = q[r, c];
            double vv = 0;
            for (var r = c; r < n; r++) vv += v[r] * v[r];
            if (vv == 0) continue;
            for (var col = c; col < k; col++)
            {
                double dot = 0;
                for (var r = c; r < n; r++) dot += v[r] * q[r, col];
                var f = 2 * dot / vv;
                for (var r = c; r < n; r++) q[r, col] -= f * v[r];
            }

            double db = 0;
            for (var r = c; r < n; r++) db += v[r] * rhs[r];
            var fb = 2 * db / vv;
            for (var r = c; r < n; r++) rhs[r] -= fb * v[r];
        }

        var solution = new double[k];
        for (var c = k - 1; c >= 0; c--)
        {
            var sum = rhs[c];
            for (var j = c + 1; j < k; j++) sum -= q[c, j] * solution[j];
            solution[c] = q[c, c] == 0 ? 0 : sum / q[c, c];
        }

        var full = new double[a.GetLength(1)];
        for (var c = 0; c < k; c++) full[set[c]] = solution[c];
        return full;
    }
}
