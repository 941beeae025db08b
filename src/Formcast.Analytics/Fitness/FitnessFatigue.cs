namespace Formcast.Analytics;

/// <summary>
/// Fitness, fatigue and form as exponentially weighted averages of daily load (Banister's impulse-response model in its
/// tool form: time constants 42 and 7 days by default; form = fitness − fatigue). The weight convention is a
/// <see cref="LoadWeighting"/>.
/// </summary>
public static class FitnessFatigue
{
    /// <summary>Daily weight λ for an N-day average under <paramref name="weighting"/>.</summary>
    public static double Lambda(LoadWeighting weighting, double days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        return weighting switch
        {
            LoadWeighting.ExponentialDecay => 1 - Math.Exp(-1 / days),
            LoadWeighting.Reciprocal => 1 / days,
            LoadWeighting.Runalyze => 2 / (days + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "unknown load weighting"),
        };
    }

    /// <summary>One day's update: <c>previous + λ·(load − previous)</c>.</summary>
    public static double Step(double previous, double load, double lambda) => previous + (lambda * (load - previous));

    /// <summary>The average after each day of <paramref name="loads"/>, starting from <paramref name="initial"/>.</summary>
    public static void Series(ReadOnlySpan<double> loads, double lambda, double initial, Span<double> destination)
    {
        if (destination.Length < loads.Length) throw new ArgumentException("destination is shorter than loads", nameof(destination));
        var value = initial;
        for (var i = 0; i < loads.Length; i++)
        {
            value = Step(value, loads[i], lambda);
            destination[i] = value;
        }
    }

    /// <summary>
    /// Rest days until form reaches zero from <paramref name="fitness"/> and <paramref name="fatigue"/> (Runalyze
    /// <c>TSB.php</c> closed form): with no load, fitness·(1−λf)ⁿ ≥ fatigue·(1−λa)ⁿ gives
    /// <c>n = ln(fatigue/fitness) ÷ ln((1−λf)/(1−λa))</c>. Returns 0 when form is already ≥ 0 and +∞ when fitness is 0
    /// but fatigue is not. (Runalyze adds an ad-hoc correction below fitness 15; Formcast returns the exact root.)
    /// </summary>
    public static double RestDaysUntilFormNonNegative(double fitness, double fatigue, double fitnessLambda, double fatigueLambda)
    {
        if (fatigue <= fitness) return 0;
        if (fitness <= 0) return double.PositiveInfinity;
        return Math.Log(fatigue / fitness) / Math.Log((1 - fitnessLambda) / (1 - fatigueLambda));
    }

    /// <summary>
    /// The load to train today so that form computed after today's update equals <paramref name="targetForm"/>: from one
    /// update step, <c>(1−λf)·fitness + λf·L − (1−λa)·fatigue − λa·L = target</c>, so
    /// <c>L = (target − (1−λf)·fitness + (1−λa)·fatigue) ÷ (λf − λa)</c>. Negative results mean even a rest day leaves form
    /// above the target.
    /// </summary>
    public static double LoadForTargetForm(double fitness, double fatigue, double targetForm, double fitnessLambda, double fatigueLambda) =>
        (targetForm - ((1 - fitnessLambda) * fitness) + ((1 - fatigueLambda) * fatigue)) / (fitnessLambda - fatigueLambda);
}
