namespace Formcast.Analytics;

/// <summary>
/// A fitted two-parameter critical power or critical speed model with the efforts it used.
/// </summary>
/// <param name="Critical">Critical power (W) or critical speed (m/s): the slope of work (or distance) against time.</param>
/// <param name="Reserve">W′ (J) or D′ (m): the intercept, the finite work (distance) above the critical intensity.</param>
/// <param name="CriticalStandardError">Standard error of the slope (NaN with two efforts).</param>
/// <param name="ReserveStandardError">Standard error of the intercept (NaN with two efforts).</param>
/// <param name="RSquared">Coefficient of determination of the work–time regression.</param>
/// <param name="Efforts">The efforts used, as given.</param>
/// <param name="Notes">Caveats, e.g. efforts outside the 2–15 min range the model describes.</param>
public sealed record CriticalIntensityFit(
    double Critical, double Reserve, double CriticalStandardError, double ReserveStandardError, double RSquared,
    IReadOnlyList<BestEffort> Efforts, IReadOnlyList<string> Notes)
{
    /// <summary>Predicted sustainable mean power (or speed) for <paramref name="durationSeconds"/>: CP + W′/t.</summary>
    public double PredictIntensity(double durationSeconds) => Critical + (Reserve / durationSeconds);

    /// <summary>For critical speed: predicted time over <paramref name="distanceMeters"/>, (d − D′)/CS.</summary>
    public double PredictSecondsForDistance(double distanceMeters) => (distanceMeters - Reserve) / Critical;
}
