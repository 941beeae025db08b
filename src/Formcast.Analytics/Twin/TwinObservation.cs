namespace Formcast.Analytics;

/// <summary>A performance test on day <paramref name="Day"/> (index into the daily-load series).</summary>
public readonly record struct TwinObservation(int Day, double Performance);
