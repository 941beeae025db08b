namespace Formcast.Workflows.Athletes;

/// <summary>One zone: [<paramref name="Low"/>, <paramref name="High"/>) in its set's unit; High null for the open top zone.</summary>
public sealed record ZoneRange(string Label, double Low, double? High);
