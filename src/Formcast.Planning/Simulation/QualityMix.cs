namespace Formcast.Planning;

/// <summary>How a session's work is split between the qualities (non-negative, summing to 1).</summary>
public readonly record struct QualityMix(double Aerobic, double Anaerobic, double Strength, double Neuromuscular)
{
    public static QualityMix PureAerobic { get; } = new(1, 0, 0, 0);

    public double this[int quality] => quality switch
    {
        0 => Aerobic,
        1 => Anaerobic,
        2 => Strength,
        3 => Neuromuscular,
        _ => throw new ArgumentOutOfRangeException(nameof(quality)),
    };

    /// <summary>The share of treadmill/ergometer work (aerobic + anaerobic), which drives equipment energy.</summary>
    public double ConditioningShare => Aerobic + Anaerobic;

    /// <summary>The quality with the largest share.</summary>
    public TrainingQuality Dominant
    {
        get
        {
            var best = 0;
            for (var q = 1; q < TrainingQualities.Count; q++)
            {
                if (this[q] > this[best]) best = q;
            }

            return (TrainingQuality)best;
        }
    }

    /// <summary>A mix from non-negative weights, normalised to sum 1 (all-zero weights give pure aerobic).</summary>
    public static QualityMix FromWeights(double aerobic, double anaerobic, double strength, double neuromuscular)
    {
        var sum = Math.Max(0, aerobic) + Math.Max(0, anaerobic) + Math.Max(0, strength) + Math.Max(0, neuromuscular);
        return sum <= 0
            ? PureAerobic
            : new QualityMix(Math.Max(0, aerobic) / sum, Math.Max(0, anaerobic) / sum, Math.Max(0, strength) / sum, Math.Max(0, neuromuscular) / sum);
    }

    /// <summary>From a span of four weights.</summary>
    public static QualityMix FromWeights(ReadOnlySpan<double> weights) => FromWeights(weights[0], weights[1], weights[2], weights[3]);
}
