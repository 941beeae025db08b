namespace Formcast.Formats.Tcx;

/// <summary>The device a TCX activity names as its <c>Creator</c>.</summary>
/// <param name="Name">Product name as written, e.g. "Forerunner 410 Software Version 2.20".</param>
/// <param name="UnitId">The device's unit id (serial number), when given.</param>
/// <param name="ProductId">Garmin product number, when given.</param>
/// <param name="Version">"major.minor" software version, when given.</param>
public sealed record TcxCreator(string? Name, string? UnitId, string? ProductId, string? Version);
