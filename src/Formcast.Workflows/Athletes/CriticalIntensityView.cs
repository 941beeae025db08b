namespace Formcast.Workflows.Athletes;

/// <summary>A critical speed or critical power fit as shown.</summary>
/// <param name="Quantity">"critical speed" or "critical power".</param>
/// <param name="Critical">The critical intensity in <paramref name="Unit"/>.</param>
/// <param name="Unit">"m/s" or "W".</param>
/// <param name="CriticalPaceSecondsPerKm">For critical speed: the same as pace.</param>
/// <param name="Reserve">D′ (m) or W′ (J).</param>
/// <param name="ReserveUnit">"m" or "J".</param>
/// <param name="CriticalStandardError">Standard error of the critical intensity (null with two efforts).</param>
/// <param name="ReserveStandardError">Standard error of the reserve.</param>
/// <param name="RSquared">R² of the work–time regression.</param>
/// <param name="Efforts">The efforts fitted.</param>
/// <param name="Convention">Model, fit and effort selection, with sources.</param>
/// <param name="Notes">Caveats of the fit.</param>
public sealed record CriticalIntensityView(
    string Quantity, double Critical, string Unit, double? CriticalPaceSecondsPerKm, double Reserve, string ReserveUnit, double? CriticalStandardError,
    double? ReserveStandardError, double RSquared, IReadOnlyList<EffortView> Efforts, string Convention, IReadOnlyList<string> Notes);
