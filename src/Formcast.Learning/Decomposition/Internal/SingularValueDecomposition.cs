using System.Numerics.Tensors;

namespace Formcast.Learning.Decomposition.Internal;

/// <summary>
/// Thin singular value decomposition A = U·diag(S)·Vᵀ of a dense m×n matrix, r = min(m, n) triplets in descending
/// order of S. A tall matrix is first reduced to its n×n triangular factor R by Householder QR, then R is
/// diagonalised by one-sided (Hestenes) Jacobi rotations, which find small singular values to high relative accuracy
/// (Demmel &amp; Veselić, "Jacobi's method is more accurate than QR", SIAM J. Matrix Anal. Appl. 13:1204, 1992;
/// Golub &amp; Van Loan, 4th ed., §8.6.4). A wide matrix is handled through its transpose.
/// </summary>
internal sealed class SingularValueDecomposition
{
    private const int MaxSweeps = 80;

    private SingularValueDecomposition(double[] values, double[][] v, double[][]? u)
    {
        Values = values;
        V = v;
        U = u;
    }

    /// <summary>Singular values, descending.</summary>
    public double[] Values { get; }

    /// <summary>Right singular vectors as columns (r columns of length n).</summary>
    public double[][] V { get; }

    /// <summary>Left singular vectors as columns (r columns of length m), when requested.</summary>
    public double[][]? U { get; }

    /// <summary>Decomposes the matrix given as <paramref name="columns"/> (n columns of length
    /// <paramref name="rows"/>); the input is not modified.</summary>
    public static SingularValueDecomposition Compute(double[][] columns, int rows, bool wantU)
    {
        var n = columns.Length;
        if (rows >= n) return Tall(columns, rows, wantU);

        // A = Bᵀ with B tall: B = U_B·S·V_Bᵀ gives A = V_B·S·U_Bᵀ.
        var transposed = new double[rows][];
        for (var i = 0; i < rows; i++)
        {
            transposed[i] = new double[n];
            for (var j = 0; j < n; j++) transposed[i][j] = columns[j][i];
        }

        var b = Tall(transposed, n, wantU: true);
        return new SingularValueDecomposition(b.Values, b.U!, wantU ? b.V : null);
    }

    private static SingularValueDecomposition Tall(double[][] columns, int rows, bool wantU)
    {
        var n = columns.Length;
        var work = new double[n][];
        for (var j = 0; j < n; j++) work[j] = (double[])columns[j].Clone();
        HouseholderQr? qr = null;
        var r = work;
        if (rows > n)
        {
            qr = new HouseholderQr(work, rows);
            r = qr.R();
        }

        var (values, uSmall, v) = OneSidedJacobi(r, n);
        double[][]? u = null;
        if (wantU)
        {
            u = new double[n][];
            for (var k = 0; k < n; k++)
            {
                if (qr is null)
                {
                    u[k] = uSmall[k];
                    continue;
                }

                u[k] = new double[rows];
                uSmall[k].CopyTo(u[k], 0);
                qr.Apply(u[k]);
            }
        }

        return new SingularValueDecomposition(values, v, u);
    }

    /// <summary>Orthogonalises the columns of the square matrix <paramref name="a"/> (n columns of length n) by plane
    /// rotations, accumulating them in V; then σ_j = ‖a_j‖ and u_j = a_j / σ_j.</summary>
    private static (double[] Values, double[][] U, double[][] V) OneSidedJacobi(double[][] a, int length)
    {
        var n = a.Length;
        var v = new double[n][];
        for (var j = 0; j < n; j++)
        {
            v[j] = new double[n];
            v[j][j] = 1;
        }

        var tolerance = Math.Max(length, 1) * 2.220446049250313e-16;
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var rotated = false;
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    var alpha = TensorPrimitives.Dot(a[p], a[p]);
                    var beta = TensorPrimitives.Dot(a[q], a[q]);
                    var gamma = TensorPrimitives.Dot(a[p], a[q]);
                    if (gamma == 0 || Math.Abs(gamma) <= tolerance * Math.Sqrt(alpha * beta)) continue;
                    rotated = true;
                    var zeta = (beta - alpha) / (2 * gamma);
                    var t = Math.Abs(zeta) > 1e150
                        ? 1 / (2 * zeta)
                        : Math.Sign(zeta == 0 ? 1 : zeta) / (Math.Abs(zeta) + Math.Sqrt(1 + (zeta * zeta)));
                    var c = 1 / Math.Sqrt(1 + (t * t));
                    var s = c * t;
                    Rotate(a[p], a[q], c, s);
                    Rotate(v[p], v[q], c, s);
                }
            }

            if (!rotated) break;
        }

        var values = new double[n];
        for (var j = 0; j < n; j++) values[j] = Math.Sqrt(TensorPrimitives.Dot(a[j], a[j]));
        var order = Enumerable.Range(0, n).OrderByDescending(j => values[j]).ToArray();
        var sortedValues = new double[n];
        var u = new double[n][];
        var sortedV = new double[n][];
        for (var k = 0; k < n; k++)
        {
            var j = order[k];
            sortedValues[k] = values[j];
            sortedV[k] = v[j];
            u[k] = new double[a[j].Length];
            if (values[j] > 0) TensorPrimitives.Multiply(a[j], 1 / values[j], u[k]);
        }

        return (sortedValues, u, sortedV);
    }

    private static void Rotate(Span<double> x, Span<double> y, double c, double s)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            var yi = y[i];
            x[i] = (c * xi) - (s * yi);
            y[i] = (s * xi) + (c * yi);
        }
    }
}
