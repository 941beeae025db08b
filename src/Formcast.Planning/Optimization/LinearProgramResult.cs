namespace Formcast.Planning;

/// <summary>A solved (or unsolvable) linear program: status, the solution and objective when optimal, and pivots used.</summary>
public sealed record LinearProgramResult(LinearProgramStatus Status, IReadOnlyList<double> Solution, double Objective, int Iterations);
