namespace Formcast.Learning.Evaluation;

/// <summary>
/// The metric without noise and over each noisy repetition, with the spread of the repetitions: sample standard
/// deviation (n − 1) and coefficient of variation SD / |mean| — the relative instability of the error under input
/// noise (a small CV means the error barely moves when the inputs are measured slightly differently).
/// </summary>
public sealed record PerturbationResult(string Metric, double CleanScore, double[] Scores)
{
    public double Mean => Scores.Average();

    public double StandardDeviation
    {
        get
        {
            var mean = Mean;
            return Math.Sqrt(Scores.Sum(s => (s - mean) * (s - mean)) / (Scores.Length - 1));
        }
    }

    public double CoefficientOfVariation => StandardDeviation / Math.Abs(Mean);
}
