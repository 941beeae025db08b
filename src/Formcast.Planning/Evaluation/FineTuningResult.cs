namespace Formcast.Planning;

/// <summary>The fine-tuning experiment's outcome (differences are paired by seed).</summary>
public sealed record FineTuningResult(string Twin, string Athlete, int Steps,
    MetricInterval GainBefore, MetricInterval GainAfter, MetricInterval GainDifference,
    MetricInterval RewardBefore, MetricInterval RewardAfter, MetricInterval RewardDifference,
    MetricInterval FixedGain, MetricInterval FixedReward);
