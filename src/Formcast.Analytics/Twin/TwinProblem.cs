namespace Formcast.Analytics;

/// <summary>
/// The penalised least-squares problem of one twin fit: residuals are model − observed on the test days, followed by
/// one prior residual σ·(θ − μ)/s per prior. Parameters outside <see cref="Free"/> stay at their start values.
/// </summary>
internal sealed class TwinProblem
{
    private readonly int[] _priorIndex;
    private readonly NormalPrior[] _priors;

    public TwinProblem(double[] load, int[] days, double[] observed, bool includeSameDayLoad, double[] lower, double[] upper,
        TwinPriors? priors, double priorScale)
    {
        Load = load;
        Days = days;
        Observed = observed;
        IncludeSameDayLoad = includeSameDayLoad;
        Lower = lower;
        Upper = upper;
        Free = [.. Enumerable.Range(0, BanisterParameters.Count).Select(j => lower[j] < upper[j])];
        PriorScale = priorScale;
        var index = new List<int>();
        var list = new List<NormalPrior>();
        for (var j = 0; j < BanisterParameters.Count && priors is not null && priorScale > 0; j++)
        {
            if (priors[j] is { } p)
            {
                index.Add(j);
                list.Add(p);
            }
        }

        _priorIndex = [.. index];
        _priors = [.. list];
    }

    public double[] Load { get; }

    public int[] Days { get; }

    public double[] Observed { get; }

    public bool IncludeSameDayLoad { get; }

    public double[] Lower { get; }

    public double[] Upper { get; }

    public bool[] Free { get; }

    public double PriorScale { get; }

    public int FreeCount => Free.Count(f => f);

    public int ResidualCount => Observed.Length + _priors.Length;

    public TwinProblem WithObserved(double[] observed) =>
        new(Load, Days, observed, IncludeSameDayLoad, Lower, Upper, PriorsAsRecord(), PriorScale);

    public TwinProblem WithoutObservation(int index) => new(
        Load, [.. Days.Where((_, i) => i != index)], [.. Observed.Where((_, i) => i != index)], IncludeSameDayLoad, Lower, Upper, PriorsAsRecord(), PriorScale);

    /// <summary>Residuals and (optionally) their Jacobian at <paramref name="p"/>; returns the cost Σr².</summary>
    public double Residuals(double[] p, double[] residuals, double[,]? jacobian)
    {
        var n = Observed.Length;
        BanisterModel.Evaluate(Load, Days, p, IncludeSameDayLoad, residuals.AsSpan(0, n), jacobian);
        var cost = 0.0;
        for (var i = 0; i < n; i++)
        {
            residuals[i] -= Observed[i];
            cost += residuals[i] * residuals[i];
        }

        for (var k = 0; k < _priors.Length; k++)
        {
            var j = _priorIndex[k];
            var r = PriorScale * (p[j] - _priors[k].Mean) / _priors[k].StandardDeviation;
            residuals[n + k] = r;
            cost += r * r;
            if (jacobian is null) continue;
            for (var c = 0; c < BanisterParameters.Count; c++) jacobian[n + k, c] = c == j ? PriorScale / _priors[k].StandardDeviation : 0;
        }

        return cost;
    }

    /// <summary>Sum of squared errors of the data part only.</summary>
    public double Sse(double[] p)
    {
        var values = new double[Observed.Length];
        BanisterModel.Evaluate(Load, Days, p, IncludeSameDayLoad, values, null);
        var sse = 0.0;
        for (var i = 0; i < values.Length; i++) sse += (values[i] - Observed[i]) * (values[i] - Observed[i]);
        return sse;
    }

    public double Cost(double[] p) => Residuals(p, new double[ResidualCount], null);

    public void Clamp(double[] p)
    {
        for (var j = 0; j < p.Length; j++) p[j] = Math.Clamp(p[j], Lower[j], Upper[j]);
    }

    private TwinPriors? PriorsAsRecord()
    {
        if (_priors.Length == 0) return null;
        NormalPrior? Get(int j) => Array.IndexOf(_priorIndex, j) is var k and >= 0 ? _priors[k] : null;
        return new TwinPriors { P0 = Get(0), K1 = Get(1), Tau1 = Get(2), K2 = Get(3), Tau2 = Get(4) };
    }
}
