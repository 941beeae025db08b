namespace Formcast.Workflows.Athletes;

/// <summary>A zone model with its zones; pace zones are in m/s (speed ascends where pace descends).</summary>
public sealed record ZoneSetView(string Model, string Unit, string Convention, IReadOnlyList<ZoneRange> Zones);
