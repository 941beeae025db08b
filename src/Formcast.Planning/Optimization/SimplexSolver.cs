namespace Formcast.Planning;

/// <summary>
/// The two-phase tableau simplex method (Dantzig; as in Chvátal, Linear Programming, 1983, ch. 2–8) with Bland's
/// smallest-index rule for both the entering and the leaving variable, which cannot cycle on degenerate programs
/// (Bland 1977). Phase 1 minimises the sum of artificial variables: a positive optimum means the constraints are
/// infeasible. Phase 2 optimises the objective over the feasible basis; a column with no positive entry in the
/// ratio test means the program is unbounded. Dense and exact enough for planning-sized programs (hundreds of
/// variables); tolerances are relative to 1e-9.
/// </summary>
public static class SimplexSolver
{
    private const double Tolerance = 1e-9;

    public static LinearProgramResult Solve(LinearProgram program, int maxIterations = 50_000)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        var n = program.Variables;
        var constraints = program.Constraints;
        var m = constraints.Count;

        // Rows with b ≥ 0; ≤ rows get a slack, ≥ rows a surplus and an artificial, = rows an artificial.
        var relations = new ConstraintRelation[m];
        var slackCount = 0;
        var artificialCount = 0;
        for (var i = 0; i < m; i++)
        {
            var relation = constraints[i].Relation;
            if (constraints[i].RightHandSide < 0)
                relation = relation switch { ConstraintRelation.LessOrEqual => ConstraintRelation.GreaterOrEqual, ConstraintRelation.GreaterOrEqual => ConstraintRelation.LessOrEqual, _ => relation };
            relations[i] = relation;
            if (relation != ConstraintRelation.Equal) slackCount++;
            if (relation != ConstraintRelation.LessOrEqual) artificialCount++;
        }

        var columns = n + slackCount + artificialCount;
        var tableau = new double[m, columns + 1];
        var basis = new int[m];
        var isArtificial = new bool[columns];
        int slack = n, artificial = n + slackCount;
        for (var i = 0; i < m; i++)
        {
            var sign = constraints[i].RightHandSide < 0 ? -1.0 : 1.0;
            for (var j = 0; j < n; j++) tableau[i, j] = sign * constraints[i].Coefficients[j];
            tableau[i, columns] = sign * constraints[i].RightHandSide;
            switch (relations[i])
            {
                case ConstraintRelation.LessOrEqual:
                    tableau[i, slack] = 1;
                    basis[i] = slack++;
                    break;
                case ConstraintRelation.GreaterOrEqual:
                    tableau[i, slack++] = -1;
                    tableau[i, artificial] = 1;
                    isArtificial[artificial] = true;
                    basis[i] = artificial++;
                    break;
                default:
                    tableau[i, artificial] = 1;
                    isArtificial[artificial] = true;
                    basis[i] = artificial++;
                    break;
            }
        }

        var iterations = 0;
        var cost = new double[columns];
        if (artificialCount > 0)
        {
            for (var j = 0; j < columns; j++) cost[j] = isArtificial[j] ? -1 : 0;
            var phase1 = Optimize(tableau, basis, cost, allowed: null, maxIterations, ref iterations);
            if (phase1 == LinearProgramStatus.IterationLimit) return new LinearProgramResult(phase1, [], double.NaN, iterations);
            var infeasibility = 0.0;
            for (var i = 0; i < m; i++)
            {
                if (isArtificial[basis[i]]) infeasibility += tableau[i, columns];
            }

            if (infeasibility > Tolerance * Math.Max(1, MaxAbsRightHandSide(constraints)))
                return new LinearProgramResult(LinearProgramStatus.Infeasible, [], double.NaN, iterations);

            // Drive artificial variables (at zero) out of the basis where a real column can replace them; rows
            // where none can are redundant and keep their artificial at zero (its column may never re-enter).
            for (var i = 0; i < m; i++)
            {
                if (!isArtificial[basis[i]]) continue;
                for (var j = 0; j < columns; j++)
                {
                    if (isArtificial[j] || Math.Abs(tableau[i, j]) <= Tolerance) continue;
                    Pivot(tableau, basis, i, j);
                    iterations++;
                    break;
                }
            }
        }

        var sign2 = program.Maximize ? 1.0 : -1.0;
        for (var j = 0; j < columns; j++) cost[j] = j < n ? sign2 * program.Objective[j] : 0;
        var allowed = new bool[columns];
        for (var j = 0; j < columns; j++) allowed[j] = !isArtificial[j];
        var status = Optimize(tableau, basis, cost, allowed, maxIterations, ref iterations);
        if (status != LinearProgramStatus.Optimal) return new LinearProgramResult(status, [], double.NaN, iterations);

        var solution = new double[n];
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n) solution[basis[i]] = Math.Max(0, tableau[i, columns]);
        }

        var objective = 0.0;
        for (var j = 0; j < n; j++) objective += program.Objective[j] * solution[j];
        return new LinearProgramResult(LinearProgramStatus.Optimal, solution, objective, iterations);
    }

    /// <summary>Maximises cost·x over the tableau from its current basis with Bland's rule.</summary>
    private static LinearProgramStatus Optimize(double[,] tableau, int[] basis, double[] cost, bool[]? allowed, int maxIterations, ref int iterations)
    {
        var m = basis.Length;
        var columns = cost.Length;
        var rhs = columns;
        while (true)
        {
            if (iterations >= maxIterations) return LinearProgramStatus.IterationLimit;
            // Reduced cost of column j: c_j − Σ_i c_B(i)·T[i, j]; enter the first column that improves.
            var entering = -1;
            for (var j = 0; j < columns && entering < 0; j++)
            {
                if (allowed is not null && !allowed[j]) continue;
                var reduced = cost[j];
                for (var i = 0; i < m; i++) reduced -= cost[basis[i]] * tableau[i, j];
                if (reduced > Tolerance) entering = j;
            }

            if (entering < 0) return LinearProgramStatus.Optimal;

            var leaving = -1;
            var bestRatio = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                var a = tableau[i, entering];
                if (a <= Tolerance) continue;
                var ratio = tableau[i, rhs] / a;
                if (ratio < bestRatio - Tolerance || (Math.Abs(ratio - bestRatio) <= Tolerance && basis[i] < basis[leaving]))
                {
                    bestRatio = ratio;
                    leaving = i;
                }
            }

            if (leaving < 0) return LinearProgramStatus.Unbounded;
            Pivot(tableau, basis, leaving, entering);
            iterations++;
        }
    }

    private static void Pivot(double[,] tableau, int[] basis, int row, int column)
    {
        var m = basis.Length;
        var width = tableau.GetLength(1);
        var pivot = tableau[row, column];
        for (var j = 0; j < width; j++) tableau[row, j] /= pivot;
        for (var i = 0; i < m; i++)
        {
            if (i == row) continue;
            var factor = tableau[i, column];
            if (factor == 0) continue;
            for (var j = 0; j < width; j++) tableau[i, j] -= factor * tableau[row, j];
        }

        basis[row] = column;
    }

    private static double MaxAbsRightHandSide(IReadOnlyList<LinearConstraint> constraints) =>
        constraints.Count == 0 ? 0 : constraints.Max(c => Math.Abs(c.RightHandSide));
}
