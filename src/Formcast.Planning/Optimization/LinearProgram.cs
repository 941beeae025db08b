namespace Formcast.Planning;

/// <summary>
/// A linear program over non-negative variables: maximise (or minimise) c·x subject to linear constraints and x ≥ 0.
/// Build it, then solve with <see cref="SimplexSolver.Solve"/>.
/// </summary>
public sealed class LinearProgram
{
    private readonly double[] _objective;
    private readonly List<LinearConstraint> _constraints = [];

    public LinearProgram(IReadOnlyList<double> objective, bool maximize = true)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Count == 0) throw new ArgumentException("a linear program needs at least one variable", nameof(objective));
        if (objective.Any(v => !double.IsFinite(v))) throw new ArgumentException("objective coefficients must be finite", nameof(objective));
        _objective = [.. objective];
        Maximize = maximize;
    }

    public bool Maximize { get; }

    public int Variables => _objective.Length;

    public IReadOnlyList<double> Objective => _objective;

    public IReadOnlyList<LinearConstraint> Constraints => _constraints;

    /// <summary>Adds a·x (relation) b; returns this program for chaining.</summary>
    public LinearProgram Add(IReadOnlyList<double> coefficients, ConstraintRelation relation, double rightHandSide)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count != Variables) throw new ArgumentException($"constraint has {coefficients.Count} coefficients for {Variables} variables", nameof(coefficients));
        if (coefficients.Any(v => !double.IsFinite(v)) || !double.IsFinite(rightHandSide)) throw new ArgumentException("constraint values must be finite", nameof(coefficients));
        _constraints.Add(new LinearConstraint([.. coefficients], relation, rightHandSide));
        return this;
    }

    /// <summary>Adds Σ coefficient·x[index] (relation) b from sparse terms.</summary>
    public LinearProgram Add(IEnumerable<(int Index, double Coefficient)> terms, ConstraintRelation relation, double rightHandSide)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var row = new double[Variables];
        foreach (var (index, coefficient) in terms) row[index] += coefficient;
        return Add(row, relation, rightHandSide);
    }
}
