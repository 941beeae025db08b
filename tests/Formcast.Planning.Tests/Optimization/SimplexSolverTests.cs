using Formcast.Learning;

namespace Formcast.Planning.Tests.Optimization;

public sealed class SimplexSolverTests
{
    [Fact]
    public void ChvatalExample_Optimum13()
    {
        // Chvátal, Linear Programming (1983), §2: max 5x1 + 4x2 + 3x3 s.t. 2x1 + 3x2 + x3 ≤ 5, 4x1 + x2 + 2x3 ≤ 11,
        // 3x1 + 4x2 + 2x3 ≤ 8 → z = 13 at (2, 0, 1).
        var lp = new LinearProgram([5, 4, 3])
            .Add([2, 3, 1], ConstraintRelation.LessOrEqual, 5)
            .Add([4, 1, 2], ConstraintRelation.LessOrEqual, 11)
            .Add([3, 4, 2], ConstraintRelation.LessOrEqual, 8);
        var result = SimplexSolver.Solve(lp);
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(13, result.Objective, 9);
        Assert.Equal(new[] { 2.0, 0, 1 }, result.Solution.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void WyndorGlass_Optimum36()
    {
        // Hillier & Lieberman, Introduction to Operations Research, §3.1: max 3x1 + 5x2 s.t. x1 ≤ 4, 2x2 ≤ 12,
        // 3x1 + 2x2 ≤ 18 → Z = 36 at (2, 6).
        var lp = new LinearProgram([3, 5])
            .Add([1, 0], ConstraintRelation.LessOrEqual, 4)
            .Add([0, 2], ConstraintRelation.LessOrEqual, 12)
            .Add([3, 2], ConstraintRelation.LessOrEqual, 18);
        var result = SimplexSolver.Solve(lp);
        Assert.Equal(36, result.Objective, 9);
        Assert.Equal(2, result.Solution[0], 9);
        Assert.Equal(6, result.Solution[1], 9);
    }

    [Fact]
    public void RadiationTherapy_MinimisationWithEqualityAndGreaterOrEqual()
    {
        // Hillier & Lieberman §3.4 (radiation therapy): min 0.4x1 + 0.5x2 s.t. 0.3x1 + 0.1x2 ≤ 2.7,
        // 0.5x1 + 0.5x2 = 6, 0.6x1 + 0.4x2 ≥ 6 → Z = 5.25 at (7.5, 4.5).
        var lp = new LinearProgram([0.4, 0.5], maximize: false)
            .Add([0.3, 0.1], ConstraintRelation.LessOrEqual, 2.7)
            .Add([0.5, 0.5], ConstraintRelation.Equal, 6)
            .Add([0.6, 0.4], ConstraintRelation.GreaterOrEqual, 6);
        var result = SimplexSolver.Solve(lp);
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(5.25, result.Objective, 9);
        Assert.Equal(7.5, result.Solution[0], 9);
        Assert.Equal(4.5, result.Solution[1], 9);
    }

    [Fact]
    public void ChvatalCyclingExample_TerminatesUnderBlandsRule()
    {
        // Chvátal §3 (degenerate; the largest-coefficient rule cycles): max 10x1 − 57x2 − 9x3 − 24x4 s.t.
        // 0.5x1 − 5.5x2 − 2.5x3 + 9x4 ≤ 0, 0.5x1 − 1.5x2 − 0.5x3 + x4 ≤ 0, x1 ≤ 1 → z = 1 at (1, 0, 1, 0).
        var lp = new LinearProgram([10, -57, -9, -24])
            .Add([0.5, -5.5, -2.5, 9], ConstraintRelation.LessOrEqual, 0)
            .Add([0.5, -1.5, -0.5, 1], ConstraintRelation.LessOrEqual, 0)
            .Add([1, 0, 0, 0], ConstraintRelation.LessOrEqual, 1);
        var result = SimplexSolver.Solve(lp, maxIterations: 100);
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(1, result.Objective, 9);
        Assert.Equal(new[] { 1.0, 0, 1, 0 }, result.Solution.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Unbounded_IsReported()
    {
        var lp = new LinearProgram([1, 1]).Add([1, -1], ConstraintRelation.LessOrEqual, 1);
        Assert.Equal(LinearProgramStatus.Unbounded, SimplexSolver.Solve(lp).Status);
    }

    [Fact]
    public void Infeasible_IsReported()
    {
        var lp = new LinearProgram([1, 1])
            .Add([1, 1], ConstraintRelation.LessOrEqual, 1)
            .Add([1, 1], ConstraintRelation.GreaterOrEqual, 2);
        Assert.Equal(LinearProgramStatus.Infeasible, SimplexSolver.Solve(lp).Status);
        // Negative right-hand side on a ≤ row with non-negative variables: x1 ≤ −1 has no solution.
        Assert.Equal(LinearProgramStatus.Infeasible, SimplexSolver.Solve(new LinearProgram([1.0]).Add([1.0], ConstraintRelation.LessOrEqual, -1)).Status);
    }

    [Fact]
    public void RedundantEqualities_AreHandled()
    {
        // x1 + x2 = 2 stated twice (a redundant row keeps an artificial at zero): max x1 with x1 ≤ 1.5 → 1.5.
        var lp = new LinearProgram([1, 0])
            .Add([1, 1], ConstraintRelation.Equal, 2)
            .Add([2, 2], ConstraintRelation.Equal, 4)
            .Add([1, 0], ConstraintRelation.LessOrEqual, 1.5);
        var result = SimplexSolver.Solve(lp);
        Assert.Equal(LinearProgramStatus.Optimal, result.Status);
        Assert.Equal(1.5, result.Objective, 9);
        Assert.Equal(0.5, result.Solution[1], 9);
    }

    [Fact]
    public void RandomPrograms_SatisfyStrongDuality()
    {
        // For max c·x, Ax ≤ b, x ≥ 0 with A, b, c > 0 (feasible and bounded), the dual min b·y, Aᵀy ≥ c, y ≥ 0 has
        // the same optimum (strong duality) — an oracle independent of the solver's path.
        var rng = new Rng(42);
        for (var trial = 0; trial < 25; trial++)
        {
            int n = 2 + rng.NextInt(8), m = 2 + rng.NextInt(8);
            var a = new double[m][];
            for (var i = 0; i < m; i++) a[i] = Enumerable.Range(0, n).Select(_ => 0.1 + rng.NextDouble()).ToArray();
            var b = Enumerable.Range(0, m).Select(_ => 1 + (9 * rng.NextDouble())).ToArray();
            var c = Enumerable.Range(0, n).Select(_ => 0.1 + rng.NextDouble()).ToArray();
            var primal = new LinearProgram(c);
            for (var i = 0; i < m; i++) primal.Add(a[i], ConstraintRelation.LessOrEqual, b[i]);
            var dual = new LinearProgram(b, maximize: false);
            for (var j = 0; j < n; j++) dual.Add(Enumerable.Range(0, m).Select(i => a[i][j]).ToArray(), ConstraintRelation.GreaterOrEqual, c[j]);
            var p = SimplexSolver.Solve(primal);
            var d = SimplexSolver.Solve(dual);
            Assert.Equal(LinearProgramStatus.Optimal, p.Status);
            Assert.Equal(LinearProgramStatus.Optimal, d.Status);
            Assert.Equal(p.Objective, d.Objective, 7);
            for (var i = 0; i < m; i++) Assert.True(a[i].Zip(p.Solution, (x, y) => x * y).Sum() <= b[i] + 1e-9);
        }
    }
}
