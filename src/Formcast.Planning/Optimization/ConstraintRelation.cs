namespace Formcast.Planning;

/// <summary>How a constraint's left side compares with its right side.</summary>
public enum ConstraintRelation
{
    LessOrEqual = 0,
    GreaterOrEqual = 1,
    Equal = 2,
}
