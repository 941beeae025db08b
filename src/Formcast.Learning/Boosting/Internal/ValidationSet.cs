namespace Formcast.Learning.Boosting.Internal;

/// <summary>Validation rows for early stopping: features, target (class index for classifiers) and weights.</summary>
internal sealed record ValidationSet(Matrix Features, double[] Target, double[]? Weights);
