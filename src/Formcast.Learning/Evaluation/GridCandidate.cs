namespace Formcast.Learning.Evaluation;

/// <summary>One grid point's cross-validated scores; rank 1 is best (ties share the lower rank).</summary>
public sealed record GridCandidate(ParameterSet Parameters, double[] FoldScores, double MeanScore, double StandardDeviation, int Rank);
