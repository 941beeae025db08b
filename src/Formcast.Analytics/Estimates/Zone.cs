namespace Formcast.Analytics;

/// <summary>One training zone: values in [<paramref name="Low"/>, <paramref name="High"/>) of the zone set's unit.</summary>
/// <param name="Label">Short label, e.g. "Z2".</param>
/// <param name="Low">Inclusive lower bound.</param>
/// <param name="High">Exclusive upper bound (<see cref="double.PositiveInfinity"/> for the top zone).</param>
public sealed record Zone(string Label, double Low, double High);
