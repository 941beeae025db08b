namespace Formcast.Learning.Evaluation;

/// <summary>ROC curve: false-positive rate, true-positive rate and the score threshold of each point.</summary>
public sealed record RocCurvePoints(double[] FalsePositiveRate, double[] TruePositiveRate, double[] Thresholds);
