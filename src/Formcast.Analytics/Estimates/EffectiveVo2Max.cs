using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Effective VO2max ("VDOT from a training run") in Runalyze's manner: the run's distance is elevation-corrected
/// (Runalyze <c>Calculation/Elevation/DistanceModifier.php</c>: +2 m per metre climbed, −1 m per metre descended by
/// default), its average speed is scaled to the speed at 100 % by the heart-rate mapping, and that speed's
/// Daniels–Gilbert oxygen cost is the estimate. The athlete's current value ("shape") is the duration-weighted mean of
/// the runs of the last 30 days (Runalyze <c>Calculation/JD/Shape.php</c>), optionally multiplied by a race-calibrated
/// correction factor (Runalyze <c>LegacyEffectiveVO2maxCorrector</c>: best ratio of race VDOT to heart-rate estimate
/// among the three best races).
/// </summary>
public static class EffectiveVo2Max
{
    /// <summary>Runalyze's default distance added per metre of ascent.</summary>
    public const double DefaultMetersPerMeterUp = 2;

    /// <summary>Runalyze's default distance added per metre of descent (negative: descending helps).</summary>
    public const double DefaultMetersPerMeterDown = -1;

    /// <summary>Distance corrected for elevation, metres.</summary>
    public static double CorrectedDistance(double distanceMeters, double ascentMeters, double descentMeters,
        double metersPerMeterUp = DefaultMetersPerMeterUp, double metersPerMeterDown = DefaultMetersPerMeterDown) =>
        distanceMeters + (metersPerMeterUp * ascentMeters) + (metersPerMeterDown * descentMeters);

    /// <summary>Runalyze's logarithmic mapping of a heart-rate fraction of maximum to a fraction of vVDOT.</summary>
    public static double FractionOfVdotSpeed(double fractionOfMaxHeartRate) => Math.Exp((fractionOfMaxHeartRate - 1.00466) / 0.68725);

    /// <summary>Inverse of <see cref="FractionOfVdotSpeed"/>: expected fraction of HRmax at a fraction of vVDOT.</summary>
    public static double FractionOfMaxHeartRate(double fractionOfVdotSpeed) => (0.68725 * Math.Log(fractionOfVdotSpeed)) + 1.00466;

    /// <summary>
    /// Effective VO2max of one run (ml·kg⁻¹·min⁻¹), or NaN when the heart rate gives no usable fraction.
    /// </summary>
    /// <param name="distanceMeters">Distance, already elevation-corrected if wanted (see <see cref="CorrectedDistance"/>).</param>
    /// <param name="seconds">Moving time.</param>
    /// <param name="averageHeartRateBpm">Average heart rate of the run.</param>
    /// <param name="maxHeartRateBpm">Maximal heart rate.</param>
    /// <param name="restingHeartRateBpm">Resting heart rate (used by <see cref="HeartRateToVo2Mapping.SwainReserve"/>).</param>
    /// <param name="mapping">Heart-rate mapping.</param>
    public static double FromRun(double distanceMeters, double seconds, double averageHeartRateBpm, double maxHeartRateBpm,
        double restingHeartRateBpm, HeartRateToVo2Mapping mapping = HeartRateToVo2Mapping.RunalyzeMaximum)
    {
        if (!(distanceMeters > 0) || !(seconds > 0) || !(averageHeartRateBpm > 0)) return double.NaN;
        var speed = distanceMeters / (seconds / 60);
        switch (mapping)
        {
            case HeartRateToVo2Mapping.RunalyzeMaximum:
                return Vdot.OxygenCost(speed / FractionOfVdotSpeed(averageHeartRateBpm / maxHeartRateBpm));
            case HeartRateToVo2Mapping.SwainReserve:
                var reserve = (averageHeartRateBpm - restingHeartRateBpm) / (maxHeartRateBpm - restingHeartRateBpm);
                return reserve > 0 ? ((Vdot.OxygenCost(speed) - 3.5) / reserve) + 3.5 : double.NaN;
            default:
                throw new ArgumentOutOfRangeException(nameof(mapping), mapping, "unknown mapping");
        }
    }

    /// <summary>Duration-weighted mean of per-run estimates (Runalyze's "shape"); NaN runs are skipped.</summary>
    public static double Shape(IEnumerable<(double Vo2Max, double Seconds)> runs)
    {
        double sum = 0, weight = 0;
        foreach (var (value, seconds) in runs)
        {
            if (!double.IsFinite(value) || !(seconds > 0)) continue;
            sum += value * seconds;
            weight += seconds;
        }

        return weight > 0 ? sum / weight : double.NaN;
    }

    /// <summary>
    /// Race-calibrated correction factor: among the three races with the highest race VDOT, the largest ratio of race
    /// VDOT to the heart-rate estimate of the same race; 1 when there is none.
    /// </summary>
    public static double CorrectionFactor(IEnumerable<(double RaceVdot, double HeartRateEstimate)> races)
    {
        var best = races.Where(r => r.HeartRateEstimate > 0 && r.RaceVdot > 0).OrderByDescending(r => r.RaceVdot).Take(3)
            .Select(r => r.RaceVdot / r.HeartRateEstimate).DefaultIfEmpty(1).Max();
        return best > 0 ? best : 1;
    }

    /// <summary>
    /// Climb and descent of an altitude stream with a hysteresis threshold (Runalyze
    /// <c>Calculation/Elevation/Strategy/Threshold.php</c> idea): a change counts only once the altitude has moved at
    /// least <paramref name="thresholdMeters"/> from the last turning point, so barometric noise does not add up.
    /// </summary>
    /// <remarks>Formcast.Signals has no climb/descent kernel, and a smoothing or outlier filter from it would not give the
    /// hysteresis convention Runalyze's elevation correction is calibrated with, so it stays here.</remarks>
    public static (double UpMeters, double DownMeters) ClimbAndDescent(ReadOnlySpan<double> altitudeMeters, double thresholdMeters = 5)
    {
        double up = 0, down = 0;
        var anchor = double.NaN;
        foreach (var altitude in altitudeMeters)
        {
            if (double.IsNaN(altitude)) continue;
            if (double.IsNaN(anchor))
            {
                anchor = altitude;
                continue;
            }

            var change = altitude - anchor;
            if (Math.Abs(change) < thresholdMeters) continue;
            if (change > 0) up += change;
            else down -= change;
            anchor = altitude;
        }

        return (up, down);
    }

    /// <summary>
    /// Effective VO2max of a recorded run with the thresholds in force: moving time, distance, average heart rate and,
    /// when <paramref name="correctForElevation"/>, climb and descent from the altitude stream (or the summary ascent
    /// counted as both climb and descent, as on a loop). NaN when distance, time or heart rate is missing.
    /// </summary>
    public static double FromActivity(Activity activity, PhysiologicalThresholds thresholds, bool correctForElevation = true,
        HeartRateToVo2Mapping mapping = HeartRateToVo2Mapping.RunalyzeMaximum)
    {
        if (activity.DistanceMeters is not { } distance || activity.AverageHeartRateBpm is not { } heartRate) return double.NaN;
        if (correctForElevation)
        {
            var (up, down) = activity.Streams?.Get(Channels.Altitude) is { } altitude
                ? ClimbAndDescent(altitude)
                : (activity.AscentMeters ?? 0, activity.AscentMeters ?? 0);
            distance = CorrectedDistance(distance, up, down);
        }

        return FromRun(distance, activity.MovingSeconds ?? activity.DurationSeconds, heartRate, thresholds.MaxHeartRateBpm, thresholds.RestingHeartRateBpm, mapping);
    }
}
