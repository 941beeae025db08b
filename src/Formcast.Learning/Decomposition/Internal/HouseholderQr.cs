using System.Numerics.Tensors;

namespace Formcast.Learning.Decomposition.Internal;

/// <summary>
/// Thin QR factorisation A = Q·R of a tall matrix (m ≥ n) by Householder reflections (Golub &amp; Van Loan,
/// Matrix Computations, 4th ed., Algorithm 5.2.1). Works on columns so every reflection is a pair of contiguous
/// dot/axpy operations. Q is kept implicitly as the reflection vectors.
/// </summary>
internal sealed class HouseholderQr
{
    private readonly double[][] _columns;
    private readonly double[] _beta;
    private readonly double[] _diagonal;
    private readonly int _rows;

    /// <summary>Factorises the m×n matrix given as <paramref name="columns"/> (each of length
    /// <paramref name="rows"/>), overwriting them.</summary>
    public HouseholderQr(double[][] columns, int rows)
    {
        var n = columns.Length;
        if (rows < n) throw new ArgumentException($"QR needs rows ≥ columns, got {rows}×{n}", nameof(rows));
        _columns = columns;
        _rows = rows;
        _beta = new double[n];
        _diagonal = new double[n];
        for (var k = 0; k < n; k++)
        {
            var x = columns[k].AsSpan(k, rows - k);
            var norm = Math.Sqrt(TensorPrimitives.Dot(x, x));
            if (norm == 0)
            {
                _beta[k] = 0;
                continue;
            }

            // v = x − α·e1 with α = −sign(x0)·‖x‖ avoids cancellation; v is stored in place of x, R[k,k] = α.
            var alpha = x[0] >= 0 ? -norm : norm;
            x[0] -= alpha;
            var vv = TensorPrimitives.Dot(x, x);
            _beta[k] = 2.0 / vv;
            for (var j = k + 1; j < n; j++)
            {
                var c = columns[j].AsSpan(k, rows - k);
                var s = _beta[k] * TensorPrimitives.Dot(x, c);
                TensorPrimitives.MultiplyAdd(x, -s, c, c);
            }

            _diagonal[k] = alpha;
        }
    }

    public int Columns => _columns.Length;

    /// <summary>R as columns (n×n, upper triangular).</summary>
    public double[][] R()
    {
        var n = _columns.Length;
        var r = new double[n][];
        for (var j = 0; j < n; j++)
        {
            r[j] = new double[n];
            for (var i = 0; i < j; i++) r[j][i] = _columns[j][i];
            r[j][j] = _diagonal[j];
        }

        return r;
    }

    /// <summary>Replaces <paramref name="z"/> (length m) with Qᵀ·z.</summary>
    public void ApplyTranspose(Span<double> z)
    {
        for (var k = 0; k < _columns.Length; k++) Reflect(k, z);
    }

    /// <summary>Replaces <paramref name="z"/> (length m) with Q·z.</summary>
    public void Apply(Span<double> z)
    {
        for (var k = _columns.Length - 1; k >= 0; k--) Reflect(k, z);
    }

    private void Reflect(int k, Span<double> z)
    {
        if (_beta[k] == 0) return;
        var v = ReflectionVector(k);
        var part = z.Slice(k, _rows - k);
        var s = _beta[k] * TensorPrimitives.Dot(v, part);
        TensorPrimitives.MultiplyAdd(v, -s, part, part);
    }

    // The reflection vector occupies column k from row k down; its first entry shares storage with R[k,k], so the
    // diagonal of R lives in a side array.
    private ReadOnlySpan<double> ReflectionVector(int k) => _columns[k].AsSpan(k, _rows - k);
}
