using Formcast.Learning.Linear.Internal;
using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Svm;

/// <summary>
/// ε-support vector regression by the same SMO solver, on LIBSVM's 2l-variable dual (Chang &amp; Lin 2011, eq. 4):
/// min ½(α − α*)ᵀK(α − α*) + ε·Σ(αᵢ + αᵢ*) + Σ zᵢ(αᵢ − αᵢ*), Σ(αᵢ − αᵢ*) = 0, 0 ≤ αᵢ, αᵢ* ≤ C·sᵢ
/// (sᵢ the row weight, as scikit-learn). Prediction f(x) = Σ (αᵢ − αᵢ*)·K(xᵢ, x) − ρ.
/// </summary>
public sealed class SvrLearner : ILearner<SvrModel>
{
    public SvrLearner(SvrOptions? options = null)
    {
        Options = options ?? new SvrOptions();
        Options.Validate();
    }

    public SvrOptions Options { get; }

    public SvrModel Fit(Dataset data)
    {
        TrainingData.RequireUsable(data);
        var x = data.Features;
        var rowWeights = TrainingData.SampleWeights(data);
        var rows = Enumerable.Range(0, data.Rows).Where(i => rowWeights[i] > 0).ToArray();
        var l = rows.Length;
        var kernel = Options.KernelFor(x);
        var q = new RegressionQ(x, rows, kernel, Options.Solver(1).CacheBytes, Options.ParallelOptions());

        var p = new double[2 * l];
        var y = new sbyte[2 * l];
        var bounds = new double[2 * l];
        for (var i = 0; i < l; i++)
        {
            var z = data.Target[rows[i]];
            p[i] = Options.Epsilon - z;
            p[i + l] = Options.Epsilon + z;
            y[i] = 1;
            y[i + l] = -1;
            bounds[i] = Options.C * rowWeights[rows[i]];
            bounds[i + l] = bounds[i];
        }

        var result = SmoSolver.Solve(q, p, y, new double[2 * l], bounds, Options.Solver(1));
        var supportRows = new List<int>();
        var coefficients = new List<double>();
        for (var i = 0; i < l; i++)
        {
            var coefficient = result.Alpha[i] - result.Alpha[i + l];
            if (coefficient == 0) continue;
            supportRows.Add(rows[i]);
            coefficients.Add(coefficient);
        }

        var indices = supportRows.ToArray();
        return new SvrModel(kernel, x.SelectRows(indices), indices, coefficients.ToArray(), result.Rho, result.Objective, result.Iterations);
    }
}
