namespace Formcast.Planning;

/// <summary>One linear constraint a·x (relation) b.</summary>
public sealed record LinearConstraint(IReadOnlyList<double> Coefficients, ConstraintRelation Relation, double RightHandSide);
