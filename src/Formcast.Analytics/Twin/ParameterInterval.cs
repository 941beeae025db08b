namespace Formcast.Analytics;

/// <summary>A parameter's estimate with its percentile bootstrap interval.</summary>
public sealed record ParameterInterval(string Name, double Estimate, double Low, double High);
