namespace Formcast.Learning.Evaluation;

/// <summary>One outer fold: the parameters the inner search chose, their inner score and the outer test score.</summary>
public sealed record NestedFold(int Index, ParameterSet Chosen, double InnerScore, double OuterScore);

/// <summary>Outer-fold scores of a nested cross-validation and the pooled outer predictions.</summary>
public sealed record NestedCrossValidationResult(IReadOnlyList<NestedFold> Folds, Predictions Pooled, Metric Metric, string Protocol)
{
    public double MeanOuterScore => Folds.Average(f => f.OuterScore);

    public double StandardDeviation => GridSearch.PopulationStandardDeviation(Folds.Select(f => f.OuterScore).ToArray());
}
