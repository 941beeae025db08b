using System.Numerics;

namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Sequential minimal optimisation for the dual  min ½αᵀQα + pᵀα  s.t.  yᵀα = Δ, 0 ≤ αᵢ ≤ Cᵢ  (yᵢ = ±1), the
/// decomposition method of LIBSVM as described by Chang &amp; Lin, "LIBSVM: a library for support vector machines",
/// ACM TIST 2:27 (2011), §4–5:
/// <list type="bullet">
/// <item>working set by second-order information, WSS3 (Fan, Chen &amp; Lin, JMLR 6:1889, 2005): i maximises −yₜ∇f(α)ₜ
/// over I_up; j minimises −b²ᵢₜ/āᵢₜ over t ∈ I_low with −yₜ∇fₜ &lt; −yᵢ∇fᵢ, āᵢₜ = Kᵢᵢ + Kₜₜ − 2Kᵢₜ (τ = 10⁻¹² if ≤ 0);
/// ties go to the later index, as in LIBSVM;</item>
/// <item>stop when m(α) − M(α) &lt; ε;</item>
/// <item>shrinking every min(l, 1000) iterations, with one gradient reconstruction when m − M first falls below 10ε,
/// and Ḡ = Σ_{αⱼ = Cⱼ} Cⱼ·Q[:, j] kept to rebuild shrunk gradients;</item>
/// <item>ρ as the mean of yᵢ∇fᵢ over free αᵢ, or the midpoint of its feasible interval when none is free.</item>
/// </list>
/// The two-variable step is the analytic minimiser along the equality constraint, clipped to the box edge it crosses
/// (Chang &amp; Lin 2011, §4.1.2; Platt 1998). Gradient updates are associated as in LIBSVM, Gₖ + (Qᵢₖ·Δαᵢ + Qⱼₖ·Δαⱼ),
/// with Q in single precision as LIBSVM caches it; with that, the iterates follow <c>svm-train</c>'s to the iteration
/// (checked by the parity tests: equal iteration counts, objectives and support vectors).
/// </summary>
internal sealed class SmoSolver
{
    private const double Tau = 1e-12;
    private const byte LowerBound = 0;
    private const byte UpperBound = 1;
    private const byte Free = 2;

    private readonly IQMatrix _q;
    private readonly int _l;
    private readonly double[] _alpha;
    private readonly double[] _gradient;
    private readonly double[] _gradientBar;
    private readonly double[] _p;
    private readonly double[] _c;
    private readonly sbyte[] _y;
    private readonly byte[] _status;
    private readonly int[] _activeSet;
    private readonly double[] _diagonal;
    private readonly double _tolerance;
    private int _activeSize;
    private bool _unshrink;

    private SmoSolver(IQMatrix q, double[] p, sbyte[] y, double[] alpha, double[] upperBounds, double tolerance)
    {
        _q = q;
        _l = p.Length;
        _p = (double[])p.Clone();
        _y = (sbyte[])y.Clone();
        _alpha = (double[])alpha.Clone();
        _c = (double[])upperBounds.Clone();
        _tolerance = tolerance;
        _diagonal = q.Diagonal;
        _gradient = new double[_l];
        _gradientBar = new double[_l];
        _status = new byte[_l];
        _activeSet = new int[_l];
        for (var i = 0; i < _l; i++)
        {
            _activeSet[i] = i;
            UpdateStatus(i);
        }

        _activeSize = _l;
    }

    /// <summary>Solves the dual from the feasible start <paramref name="alpha"/>.</summary>
    public static SmoResult Solve(IQMatrix q, double[] p, sbyte[] y, double[] alpha, double[] upperBounds, SolverSettings settings)
    {
        var solver = new SmoSolver(q, p, y, alpha, upperBounds, settings.Tolerance);
        return solver.Run(settings.Shrinking, settings.MaxIterations);
    }

    private SmoResult Run(bool shrinking, long maxIterationsOption)
    {
        InitialiseGradient();
        var maxIterations = maxIterationsOption > 0 ? maxIterationsOption : Math.Max(10_000_000L, 100L * _l);
        var counter = Math.Min(_l, 1000) + 1;
        long iteration = 0;
        while (iteration < maxIterations)
        {
            if (--counter == 0)
            {
                counter = Math.Min(_l, 1000);
                if (shrinking) Shrink();
            }

            if (!SelectWorkingSet(out var i, out var j))
            {
                // Optimal on the active set: rebuild the full gradient and check every variable.
                ReconstructGradient();
                _activeSize = _l;
                if (!SelectWorkingSet(out i, out j)) break;
                counter = 1;
            }

            iteration++;
            Step(i, j);
        }

        if (_activeSize < _l)
        {
            ReconstructGradient();
            _activeSize = _l;
        }

        var rho = Rho();
        var objective = 0.0;
        for (var i = 0; i < _l; i++) objective += _alpha[i] * (_gradient[i] + _p[i]);
        objective /= 2;

        var solution = new double[_l];
        for (var i = 0; i < _l; i++) solution[_activeSet[i]] = _alpha[i];
        return new SmoResult(solution, objective, rho, iteration);
    }

    private void InitialiseGradient()
    {
        Array.Copy(_p, _gradient, _l);
        for (var i = 0; i < _l; i++)
        {
            if (_status[i] == LowerBound) continue;
            var row = _q.Row(i, _l);
            var a = _alpha[i];
            for (var j = 0; j < _l; j++) _gradient[j] += a * row[j];
            if (_status[i] == UpperBound)
            {
                for (var j = 0; j < _l; j++) _gradientBar[j] += _c[i] * row[j];
            }
        }
    }

    private void Step(int i, int j)
    {
        var qi = _q.Row(i, _activeSize);
        var qj = _q.Row(j, _activeSize);
        var ci = _c[i];
        var cj = _c[j];
        var oldI = _alpha[i];
        var oldJ = _alpha[j];
        double newI, newJ;
        if (_y[i] != _y[j])
        {
            // Along αᵢ − αⱼ = const: unconstrained step, then clip to the box edge it crossed.
            var curvature = _diagonal[i] + _diagonal[j] + (2.0 * qi[j]);
            if (curvature <= 0) curvature = Tau;
            var delta = (-_gradient[i] - _gradient[j]) / curvature;
            var difference = oldI - oldJ;
            newI = oldI + delta;
            newJ = oldJ + delta;
            if (difference > 0)
            {
                if (newJ < 0) (newJ, newI) = (0, difference);
            }
            else if (newI < 0)
            {
                (newI, newJ) = (0, -difference);
            }

            if (difference > ci - cj)
            {
                if (newI > ci) (newI, newJ) = (ci, ci - difference);
            }
            else if (newJ > cj)
            {
                (newJ, newI) = (cj, cj + difference);
            }
        }
        else
        {
            // Along αᵢ + αⱼ = const.
            var curvature = _diagonal[i] + _diagonal[j] - (2.0 * qi[j]);
            if (curvature <= 0) curvature = Tau;
            var delta = (_gradient[i] - _gradient[j]) / curvature;
            var sum = oldI + oldJ;
            newI = oldI - delta;
            newJ = oldJ + delta;
            if (sum > ci)
            {
                if (newI > ci) (newI, newJ) = (ci, sum - ci);
            }
            else if (newJ < 0)
            {
                (newJ, newI) = (0, sum);
            }

            if (sum > cj)
            {
                if (newJ > cj) (newJ, newI) = (cj, sum - cj);
            }
            else if (newI < 0)
            {
                (newI, newJ) = (0, sum);
            }
        }

        _alpha[i] = newI;
        _alpha[j] = newJ;
        var deltaI = newI - oldI;
        var deltaJ = newJ - oldJ;
        AddScaledRows(_gradient.AsSpan(0, _activeSize), qi, deltaI, qj, deltaJ);

        var wasUpperI = _status[i] == UpperBound;
        var wasUpperJ = _status[j] == UpperBound;
        UpdateStatus(i);
        UpdateStatus(j);
        if (wasUpperI != (_status[i] == UpperBound)) UpdateGradientBar(i, wasUpperI ? -_c[i] : _c[i]);
        if (wasUpperJ != (_status[j] == UpperBound)) UpdateGradientBar(j, wasUpperJ ? -_c[j] : _c[j]);
    }

    private void UpdateGradientBar(int i, double scale)
    {
        var row = _q.Row(i, _l);
        for (var k = 0; k < _l; k++) _gradientBar[k] += scale * row[k];
    }

    /// <summary>WSS3. Returns false when the active set is optimal within ε.</summary>
    private bool SelectWorkingSet(out int selectedI, out int selectedJ)
    {
        // Locals and spans over the active prefix let the JIT keep everything in registers and drop most bounds
        // checks: these two passes are most of an iteration's time once kernel rows are cached.
        var n = _activeSize;
        ReadOnlySpan<sbyte> y = _y.AsSpan(0, n);
        ReadOnlySpan<byte> status = _status.AsSpan(0, n);
        ReadOnlySpan<double> gradient = _gradient.AsSpan(0, n);
        ReadOnlySpan<double> diagonal = _diagonal.AsSpan(0, n);
        var gmax = double.NegativeInfinity;
        var gmax2 = double.NegativeInfinity;
        var gmaxIndex = -1;
        var gminIndex = -1;
        var objectiveMin = double.PositiveInfinity;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] > 0)
            {
                if (status[t] != UpperBound && -gradient[t] >= gmax)
                {
                    gmax = -gradient[t];
                    gmaxIndex = t;
                }
            }
            else if (status[t] != LowerBound && gradient[t] >= gmax)
            {
                gmax = gradient[t];
                gmaxIndex = t;
            }
        }

        var i = gmaxIndex;
        if (i >= 0)
        {
            var qi = _q.Row(i, n);
            var diagonalI = diagonal[i];
            var twoYi = 2.0 * y[i];
            for (var t = 0; t < y.Length; t++)
            {
                double difference, curvature;
                if (y[t] > 0)
                {
                    if (status[t] == LowerBound) continue;
                    difference = gmax + gradient[t];
                    if (gradient[t] >= gmax2) gmax2 = gradient[t];
                    if (difference <= 0) continue;
                    curvature = diagonalI + diagonal[t] - (twoYi * qi[t]);
                }
                else
                {
                    if (status[t] == UpperBound) continue;
                    difference = gmax - gradient[t];
                    if (-gradient[t] >= gmax2) gmax2 = -gradient[t];
                    if (difference <= 0) continue;
                    curvature = diagonalI + diagonal[t] + (twoYi * qi[t]);
                }

                var objective = -(difference * difference) / (curvature > 0 ? curvature : Tau);
                if (objective <= objectiveMin)
                {
                    gminIndex = t;
                    objectiveMin = objective;
                }
            }
        }

        selectedI = i;
        selectedJ = gminIndex;
        return gmax + gmax2 >= _tolerance && gminIndex != -1;
    }

    private void Shrink()
    {
        var gmax1 = double.NegativeInfinity; // max over I_up of −y·∇f
        var gmax2 = double.NegativeInfinity; // max over I_low of y·∇f
        for (var i = 0; i < _activeSize; i++)
        {
            if (_y[i] > 0)
            {
                if (_status[i] != UpperBound) gmax1 = Math.Max(gmax1, -_gradient[i]);
                if (_status[i] != LowerBound) gmax2 = Math.Max(gmax2, _gradient[i]);
            }
            else
            {
                if (_status[i] != UpperBound) gmax2 = Math.Max(gmax2, -_gradient[i]);
                if (_status[i] != LowerBound) gmax1 = Math.Max(gmax1, _gradient[i]);
            }
        }

        if (!_unshrink && gmax1 + gmax2 <= _tolerance * 10)
        {
            _unshrink = true;
            ReconstructGradient();
            _activeSize = _l;
        }

        for (var i = 0; i < _activeSize; i++)
        {
            if (!CanShrink(i, gmax1, gmax2)) continue;
            _activeSize--;
            while (_activeSize > i)
            {
                if (!CanShrink(_activeSize, gmax1, gmax2))
                {
                    Swap(i, _activeSize);
                    break;
                }

                _activeSize--;
            }
        }
    }

    /// <summary>A bounded variable whose gradient says it would move further out of the box is shrunk
    /// (Chang &amp; Lin 2011, §5.1).</summary>
    private bool CanShrink(int i, double gmax1, double gmax2) => _status[i] switch
    {
        UpperBound => _y[i] > 0 ? -_gradient[i] > gmax1 : -_gradient[i] > gmax2,
        LowerBound => _y[i] > 0 ? _gradient[i] > gmax2 : _gradient[i] > gmax1,
        _ => false,
    };

    private void ReconstructGradient()
    {
        if (_activeSize == _l) return;
        for (var j = _activeSize; j < _l; j++) _gradient[j] = _gradientBar[j] + _p[j];
        var free = 0;
        for (var j = 0; j < _activeSize; j++)
        {
            if (_status[j] == Free) free++;
        }

        // Whichever side needs fewer kernel entries: rows of the inactive variables over the active prefix, or full
        // rows of the free variables.
        if ((long)free * _l > 2L * _activeSize * (_l - _activeSize))
        {
            for (var i = _activeSize; i < _l; i++)
            {
                var row = _q.Row(i, _activeSize);
                for (var j = 0; j < _activeSize; j++)
                {
                    if (_status[j] == Free) _gradient[i] += _alpha[j] * row[j];
                }
            }
        }
        else
        {
            for (var i = 0; i < _activeSize; i++)
            {
                if (_status[i] != Free) continue;
                var row = _q.Row(i, _l);
                var a = _alpha[i];
                for (var j = _activeSize; j < _l; j++) _gradient[j] += a * row[j];
            }
        }
    }

    private double Rho()
    {
        var upper = double.PositiveInfinity;
        var lower = double.NegativeInfinity;
        var sum = 0.0;
        var free = 0;
        for (var i = 0; i < _activeSize; i++)
        {
            var yg = _y[i] * _gradient[i];
            if (_status[i] == UpperBound)
            {
                if (_y[i] < 0) upper = Math.Min(upper, yg);
                else lower = Math.Max(lower, yg);
            }
            else if (_status[i] == LowerBound)
            {
                if (_y[i] > 0) upper = Math.Min(upper, yg);
                else lower = Math.Max(lower, yg);
            }
            else
            {
                free++;
                sum += yg;
            }
        }

        return free > 0 ? sum / free : (upper + lower) / 2;
    }

    private void UpdateStatus(int i) =>
        _status[i] = _alpha[i] >= _c[i] ? UpperBound : _alpha[i] <= 0 ? LowerBound : Free;

    private void Swap(int i, int j)
    {
        _q.Swap(i, j);
        (_y[i], _y[j]) = (_y[j], _y[i]);
        (_gradient[i], _gradient[j]) = (_gradient[j], _gradient[i]);
        (_status[i], _status[j]) = (_status[j], _status[i]);
        (_alpha[i], _alpha[j]) = (_alpha[j], _alpha[i]);
        (_p[i], _p[j]) = (_p[j], _p[i]);
        (_activeSet[i], _activeSet[j]) = (_activeSet[j], _activeSet[i]);
        (_gradientBar[i], _gradientBar[j]) = (_gradientBar[j], _gradientBar[i]);
        (_c[i], _c[j]) = (_c[j], _c[i]);
    }

    /// <summary>g += (a·qa + b·qb) with single-precision rows widened to double, associated as LIBSVM so the
    /// iterates follow its path to the last bit.</summary>
    private static void AddScaledRows(Span<double> g, ReadOnlySpan<float> qa, double a, ReadOnlySpan<float> qb, double b)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated && g.Length >= Vector<float>.Count)
        {
            var va = new Vector<double>(a);
            var vb = new Vector<double>(b);
            var width = Vector<float>.Count;
            var half = Vector<double>.Count;
            for (; k <= g.Length - width; k += width)
            {
                Vector.Widen(new Vector<float>(qa[k..]), out var aLow, out var aHigh);
                Vector.Widen(new Vector<float>(qb[k..]), out var bLow, out var bHigh);
                var low = new Vector<double>(g[k..]) + ((aLow * va) + (bLow * vb));
                var high = new Vector<double>(g[(k + half)..]) + ((aHigh * va) + (bHigh * vb));
                low.CopyTo(g[k..]);
                high.CopyTo(g[(k + half)..]);
            }
        }

        for (; k < g.Length; k++) g[k] += (qa[k] * a) + (qb[k] * b);
    }
}
