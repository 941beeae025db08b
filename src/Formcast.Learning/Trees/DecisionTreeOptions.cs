namespace Formcast.Learning;

/// <summary>Options of a single CART tree (<see cref="DecisionTreeClassifier"/>, <see cref="DecisionTreeRegressor"/>).</summary>
public sealed record DecisionTreeOptions : TreeGrowthOptions;
