using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// The natural cubic spline through a set of knots: twice continuously differentiable, cubic between knots, with
/// zero second derivative at both ends. Built in O(n) by solving the tridiagonal system for the knots' second
/// derivatives (Thomas algorithm); evaluated by binary search for the knot interval.
/// </summary>
/// <remarks>
/// Burden &amp; Faires, Numerical Analysis (9th ed.), §3.5, Algorithm 3.4 (natural cubic spline); the same spline as
/// scipy <c>CubicSpline(bc_type="natural")</c> and MathNet <c>CubicSpline.InterpolateNatural</c>. Outside the knot
/// range the spline is not extrapolated: evaluation there gives NaN.
/// </remarks>
public sealed class NaturalCubicSpline
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _secondDerivative;

    private NaturalCubicSpline(double[] x, double[] y, double[] secondDerivative)
    {
        _x = x;
        _y = y;
        _secondDerivative = secondDerivative;
    }

    /// <summary>Number of knots.</summary>
    public int KnotCount => _x.Length;

    /// <summary>Fits the spline through (<paramref name="x"/>[i], <paramref name="y"/>[i]).</summary>
    /// <param name="x">Knot abscissae, strictly increasing and finite; at least two.</param>
    /// <param name="y">Knot values, finite.</param>
    public static NaturalCubicSpline Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Check.AtLeast(x.Length, 2, nameof(x));
        Check.SameLength(x.Length, y.Length, nameof(y));
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
                throw new ArgumentException($"knot {i} ({x[i]}, {y[i]}) is not finite", nameof(x));
            if (i > 0 && !(x[i] > x[i - 1]))
                throw new ArgumentException($"knot abscissae must increase strictly (index {i}: {x[i]} after {x[i - 1]})", nameof(x));
        }

        var n = x.Length;
        var m = new double[n];
        if (n > 2)
        {
            // Interior equations: h[i-1]·M[i-1] + 2(h[i-1]+h[i])·M[i] + h[i]·M[i+1] = 6·(slope[i] − slope[i-1]).
            var diagonal = new double[n];
            var rhs = new double[n];
            for (var i = 1; i < n - 1; i++)
            {
                var hPrev = x[i] - x[i - 1];
                var h = x[i + 1] - x[i];
                diagonal[i] = 2 * (hPrev + h);
                rhs[i] = 6 * (((y[i + 1] - y[i]) / h) - ((y[i] - y[i - 1]) / hPrev));
            }

            // Forward elimination: the sub-diagonal of row i is h[i-1], the super-diagonal of row i-1 is h[i-1].
            for (var i = 2; i < n - 1; i++)
            {
                var hPrev = x[i] - x[i - 1];
                var factor = hPrev / diagonal[i - 1];
                diagonal[i] -= factor * hPrev;
                rhs[i] -= factor * rhs[i - 1];
            }

            for (var i = n - 2; i >= 1; i--)
            {
                var h = x[i + 1] - x[i];
                m[i] = (rhs[i] - (h * m[i + 1])) / diagonal[i];
            }
        }

        return new NaturalCubicSpline(x.ToArray(), y.ToArray(), m);
    }

    /// <summary>The spline at <paramref name="t"/>; NaN outside the knot range or for NaN.</summary>
    public double Evaluate(double t)
    {
        if (!(t >= _x[0] && t <= _x[^1])) return double.NaN;
        return EvaluateInInterval(IntervalOf(t), t);
    }

    /// <summary>Evaluates the spline at every point of <paramref name="t"/>; ascending points are evaluated in one sweep.</summary>
    public void Evaluate(ReadOnlySpan<double> t, Span<double> destination)
    {
        Check.SameLength(t.Length, destination.Length, nameof(destination));
        var interval = 0;
        for (var k = 0; k < t.Length; k++)
        {
            var tk = t[k];
            if (!(tk >= _x[0] && tk <= _x[^1]))
            {
                destination[k] = double.NaN;
                continue;
            }

            // Walk forward from the previous interval when the points ascend; otherwise search.
            if (tk < _x[interval]) interval = IntervalOf(tk);
            while (interval < _x.Length - 2 && tk > _x[interval + 1]) interval++;
            destination[k] = EvaluateInInterval(interval, tk);
        }
    }

    /// <summary>Index i of the knot interval [x[i], x[i+1]] holding <paramref name="t"/>.</summary>
    private int IntervalOf(double t)
    {
        var found = Array.BinarySearch(_x, t);
        return Math.Clamp(found >= 0 ? found : ~found - 1, 0, _x.Length - 2);
    }

    private double EvaluateInInterval(int i, double t)
    {
        if (t == _x[i]) return _y[i];
        if (t == _x[i + 1]) return _y[i + 1];
        var h = _x[i + 1] - _x[i];
        var a = _x[i + 1] - t;
        var b = t - _x[i];
        var mi = _secondDerivative[i];
        var mj = _secondDerivative[i + 1];
        return (((mi * a * a * a) + (mj * b * b * b)) / (6 * h))
            + (((_y[i] / h) - (mi * h / 6)) * a)
            + (((_y[i + 1] / h) - (mj * h / 6)) * b);
    }
}
