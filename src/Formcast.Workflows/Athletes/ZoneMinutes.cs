namespace Formcast.Workflows.Athletes;

/// <summary>Time spent in one zone: [<paramref name="Low"/>, <paramref name="High"/>) in the zone set's unit (High null
/// for the open top zone), minutes and share of the zoned time.</summary>
public sealed record ZoneMinutes(string Label, double Low, double? High, double Minutes, double Share);
