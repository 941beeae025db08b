namespace Formcast.Planning;

/// <summary>Outcome of a linear program.</summary>
public enum LinearProgramStatus
{
    Optimal = 0,
    Infeasible = 1,
    Unbounded = 2,
    IterationLimit = 3,
}
