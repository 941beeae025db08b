namespace Formcast.Planning;

/// <summary>A planner trained on one population and tested on another, next to the same planner trained there.</summary>
public sealed record TransferResult(string Planner, string TestedOn, string TrainedOn, MetricInterval PerformanceGainPercent, MetricInterval ImprovedPercent, MetricInterval Reward);
