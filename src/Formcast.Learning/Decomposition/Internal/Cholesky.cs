namespace Formcast.Learning.Decomposition.Internal;

/// <summary>
/// Cholesky factorisation A = L·Lᵀ of a symmetric positive-definite matrix (row-major, n×n) and the two triangular
/// solves (Golub &amp; Van Loan, Matrix Computations, 4th ed., Algorithm 4.2.1). Only the lower triangle is read.
/// </summary>
internal static class Cholesky
{
    /// <summary>Overwrites the lower triangle of <paramref name="a"/> with L. Returns false when a pivot is not
    /// positive (the matrix is not numerically positive definite); <paramref name="a"/> is then undefined.</summary>
    public static bool TryFactor(Span<double> a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var rowJ = a.Slice(j * n, n);
            var d = rowJ[j];
            for (var k = 0; k < j; k++) d -= rowJ[k] * rowJ[k];
            if (!(d > 0)) return false;
            var ljj = Math.Sqrt(d);
            rowJ[j] = ljj;
            for (var i = j + 1; i < n; i++)
            {
                var rowI = a.Slice(i * n, n);
                var s = rowI[j];
                for (var k = 0; k < j; k++) s -= rowI[k] * rowJ[k];
                rowI[j] = s / ljj;
            }
        }

        return true;
    }

    /// <summary>Solves L·Lᵀ·x = b in place (<paramref name="b"/> becomes x) with the factor from <see cref="TryFactor"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++) s -= l[(i * n) + k] * b[k];
            b[i] = s / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++) s -= l[(k * n) + i] * b[k];
            b[i] = s / l[(i * n) + i];
        }
    }
}
