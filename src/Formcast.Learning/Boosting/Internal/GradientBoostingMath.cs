namespace Formcast.Learning.Boosting.Internal;

/// <summary>Links from margins to probabilities, in double precision for predictions.</summary>
internal static class GradientBoostingMath
{
    public static double Sigmoid(double margin) => 1.0 / (1.0 + Math.Exp(-margin));

    /// <summary>Softmax with the maximum subtracted first, so large margins do not overflow.</summary>
    public static void Softmax(ReadOnlySpan<double> margins, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var m in margins) max = Math.Max(max, m);
        var sum = 0.0;
        for (var k = 0; k < margins.Length; k++) sum += probabilities[k] = Math.Exp(margins[k] - max);
        for (var k = 0; k < margins.Length; k++) probabilities[k] /= sum;
    }
}
