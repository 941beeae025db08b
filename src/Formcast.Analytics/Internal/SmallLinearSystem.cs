namespace Formcast.Analytics;

/// <summary>Dense solves of the few-by-few systems of the twin fit, without allocation-heavy general machinery.</summary>
internal static class SmallLinearSystem
{
    /// <summary>
    /// Solves (A + εI)x = b by Gaussian elimination with partial pivoting, ε = 1e-10 × max diagonal: the tiny ridge
    /// keeps exactly collinear columns (τ1 = τ2) solvable. <paramref name="a"/> and <paramref name="b"/> are not changed.
    /// </summary>
    public static double[] SolveRidged(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = new double[n, n + 1];
        var maxDiagonal = 0.0;
        for (var i = 0; i < n; i++) maxDiagonal = Math.Max(maxDiagonal, Math.Abs(a[i, i]));
        var ridge = 1e-10 * Math.Max(maxDiagonal, 1e-300);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = a[i, j] + (i == j ? ridge : 0);
            m[i, n] = b[i];
        }

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            }

            if (pivot != col)
            {
                for (var j = col; j <= n; j++) (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            }

            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var j = col; j <= n; j++) m[r, j] -= factor * m[col, j];
            }
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = m[i, n];
            for (var j = i + 1; j < n; j++) sum -= m[i, j] * x[j];
            x[i] = sum / m[i, i];
        }

        return x;
    }
}
