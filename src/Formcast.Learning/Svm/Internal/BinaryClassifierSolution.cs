namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// A trained two-class C-SVC on a subset of rows: decision f(x) = Σ coefᵢ·K(x_rowsᵢ, x) − ρ with coefᵢ = yᵢ·αᵢ,
/// positive for the class labelled +1.
/// </summary>
internal sealed class BinaryClassifierSolution
{
    private BinaryClassifierSolution(int[] rows, double[] coefficients, SmoResult result)
    {
        Rows = rows;
        Coefficients = coefficients;
        Rho = result.Rho;
        Objective = result.Objective;
        Iterations = result.Iterations;
    }

    /// <summary>Training rows of the sub-problem (indices into the feature matrix), in sub-problem order.</summary>
    public int[] Rows { get; }

    /// <summary>yᵢ·αᵢ per sub-problem row (zero for non-support vectors).</summary>
    public double[] Coefficients { get; }

    public double Rho { get; }

    public double Objective { get; }

    public long Iterations { get; }

    /// <summary>Solves the C-SVC dual min ½αᵀQα − eᵀα, yᵀα = 0, 0 ≤ αᵢ ≤ Cᵢ (Chang &amp; Lin 2011, eq. 2).</summary>
    public static BinaryClassifierSolution Train(Matrix features, int[] rows, sbyte[] y, double[] upperBounds, KernelFunction kernel,
        SolverSettings settings, ParallelOptions parallel)
    {
        var q = new ClassificationQ(features, rows, y, kernel, settings.CacheBytes, parallel);
        var p = new double[rows.Length];
        Array.Fill(p, -1.0);
        var result = SmoSolver.Solve(q, p, y, new double[rows.Length], upperBounds, settings);
        var coefficients = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++) coefficients[i] = y[i] * result.Alpha[i];
        return new BinaryClassifierSolution(rows, coefficients, result);
    }

    /// <summary>f(x) for a row of <paramref name="features"/>.</summary>
    public double Decision(Matrix features, ReadOnlySpan<double> x, KernelFunction kernel)
    {
        var sum = 0.0;
        for (var i = 0; i < Rows.Length; i++)
        {
            if (Coefficients[i] != 0) sum += Coefficients[i] * kernel.Evaluate(features.Row(Rows[i]), x);
        }

        return sum - Rho;
    }
}
