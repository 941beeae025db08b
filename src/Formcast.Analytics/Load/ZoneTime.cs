namespace Formcast.Analytics;

/// <summary>Seconds a session spent in one zone of a zone set.</summary>
public sealed record ZoneTime(string Label, double Low, double High, double Seconds);
