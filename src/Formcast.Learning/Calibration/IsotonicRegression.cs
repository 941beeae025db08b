namespace Formcast.Learning.Calibration;

/// <summary>
/// Isotonic (monotone) least-squares regression of y on x (Barlow et al. 1972), solved by pool-adjacent-violators
/// (Ayer et al. 1955; Best &amp; Chakravarti 1990) with the steps of scikit-learn 1.2's <c>IsotonicRegression</c>:
/// rows of zero weight dropped, rows ordered by x then y, x values closer than 1e-15 merged into their weighted mean
/// y, PAV with backtracking over decreasing runs, clipping to [yMin, yMax], interior points equal to both neighbours
/// dropped. The fitted function interpolates linearly and clips inputs to the training range.
/// </summary>
public static class IsotonicRegression
{
    /// <summary>NumPy's <c>finfo(float64).resolution</c>: x values closer than this are one point.</summary>
    private const double MergeResolution = 1e-15;

    public static IsotonicFunction Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default,
        bool increasing = true, double yMin = double.NegativeInfinity, double yMax = double.PositiveInfinity)
    {
        if (x.Length != y.Length) throw new ArgumentException($"{x.Length} inputs for {y.Length} targets", nameof(y));
        if (!weights.IsEmpty && weights.Length != x.Length) throw new ArgumentException("one weight per row is needed", nameof(weights));
        var rows = new List<int>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) throw new ArgumentException($"row {i} is not finite", nameof(x));
            if (weights.IsEmpty || weights[i] > 0) rows.Add(i);
        }

        if (rows.Count == 0) throw new ArgumentException("no row has positive weight", nameof(weights));
        var xs = x.ToArray();
        var ys = y.ToArray();
        var order = rows.ToArray();
        Array.Sort(order, (a, b) => xs[a] != xs[b] ? xs[a].CompareTo(xs[b]) : ys[a] != ys[b] ? ys[a].CompareTo(ys[b]) : a.CompareTo(b));

        var ux = new List<double>();
        var uy = new List<double>();
        var uw = new List<double>();
        var currentX = xs[order[0]];
        double sumWy = 0, sumW = 0;
        foreach (var i in order)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            if (xs[i] - currentX >= MergeResolution)
            {
                ux.Add(currentX);
                uw.Add(sumW);
                uy.Add(sumWy / sumW);
                currentX = xs[i];
                sumW = w;
                sumWy = ys[i] * w;
            }
            else
            {
                sumW += w;
                sumWy += ys[i] * w;
            }
        }

        ux.Add(currentX);
        uw.Add(sumW);
        uy.Add(sumWy / sumW);

        var fitted = Solve(uy.ToArray(), uw.ToArray(), increasing, yMin, yMax);
        var keepX = new List<double>();
        var keepY = new List<double>();
        for (var i = 0; i < fitted.Length; i++)
        {
            var interior = i > 0 && i < fitted.Length - 1;
            if (interior && fitted[i] == fitted[i - 1] && fitted[i] == fitted[i + 1]) continue;
            keepX.Add(ux[i]);
            keepY.Add(fitted[i]);
        }

        return new IsotonicFunction(keepX.ToArray(), keepY.ToArray());
    }

    /// <summary>
    /// The monotone sequence closest to <paramref name="y"/> in weighted least squares (scikit-learn's
    /// <c>isotonic_regression</c> on ordered values), clipped to [<paramref name="yMin"/>, <paramref name="yMax"/>].
    /// </summary>
    public static double[] Solve(ReadOnlySpan<double> y, ReadOnlySpan<double> weights = default, bool increasing = true,
        double yMin = double.NegativeInfinity, double yMax = double.PositiveInfinity)
    {
        var n = y.Length;
        var values = y.ToArray();
        var w = weights.IsEmpty ? Enumerable.Repeat(1.0, n).ToArray() : weights.ToArray();
        if (!increasing)
        {
            Array.Reverse(values);
            Array.Reverse(w);
        }

        PoolAdjacentViolators(values, w);
        for (var i = 0; i < n; i++) values[i] = Math.Min(Math.Max(values[i], yMin), yMax);
        if (!increasing) Array.Reverse(values);
        return values;
    }

    /// <summary>
    /// In-place PAV. Blocks are kept as (first index → last index) links; a decreasing run starting at block i is
    /// pooled into one weighted mean, then the scan steps back one block so a new violation to the left is merged too,
    /// which keeps the pass linear.
    /// </summary>
    private static void PoolAdjacentViolators(double[] y, double[] w)
    {
        var n = y.Length;
        var end = new int[n];
        for (var i = 0; i < n; i++) end[i] = i;
        var start = 0;
        while (start < n)
        {
            var next = end[start] + 1;
            if (next == n) break;
            if (y[start] < y[next])
            {
                start = next;
                continue;
            }

            var sumWy = w[start] * y[start];
            var sumW = w[start];
            while (true)
            {
                var previous = y[next];
                sumWy += w[next] * y[next];
                sumW += w[next];
                next = end[next] + 1;
                if (next == n || previous < y[next])
                {
                    y[start] = sumWy / sumW;
                    w[start] = sumW;
                    end[start] = next - 1;
                    end[next - 1] = start;
                    if (start > 0) start = end[start - 1];
                    break;
                }
            }
        }

        for (var i = 0; i < n;)
        {
            var last = end[i];
            for (var j = i + 1; j <= last; j++) y[j] = y[i];
            i = last + 1;
        }
    }
}
