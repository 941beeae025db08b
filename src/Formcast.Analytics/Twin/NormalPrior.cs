namespace Formcast.Analytics;

/// <summary>A normal population prior on one parameter: mean and standard deviation.</summary>
public readonly record struct NormalPrior(double Mean, double StandardDeviation);
