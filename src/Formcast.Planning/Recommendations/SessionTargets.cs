using Formcast.Core;

namespace Formcast.Planning;

/// <summary>Turns a simulated session into what an athlete reads: intensity category, heart-rate, pace and power ranges.</summary>
public static class SessionTargets
{
    /// <summary>Half-width of the heart-rate-reserve band around the session's intensity.</summary>
    public const double ReserveBand = 0.05;

    /// <summary>The intent of a session, from its intensity, structure and mix.</summary>
    public static SessionIntensity Classify(in SessionPrescription session, double thresholdReserveFraction)
    {
        if (session.IsRest) return SessionIntensity.Rest;
        var dominant = session.Mix.Dominant;
        if (dominant == TrainingQuality.Strength) return SessionIntensity.Strength;
        if (dominant == TrainingQuality.Neuromuscular && session.Intensity >= 0.8) return SessionIntensity.Sprint;
        if (session.Intensity >= 0.88 && session.WorkFraction < 0.9) return SessionIntensity.Intervals;
        if (session.Intensity >= thresholdReserveFraction - 0.03) return SessionIntensity.Threshold;
        if (session.Intensity >= 0.68) return SessionIntensity.Moderate;
        return session.Intensity < 0.55 ? SessionIntensity.Recovery : SessionIntensity.Easy;
    }

    /// <summary>Work-bout heart-rate range by the Karvonen formula: rest + (intensity ± band) × reserve (Karvonen et al. 1957).</summary>
    public static (double Low, double High) HeartRateRange(double intensity, double restingBpm, double maxBpm)
    {
        var reserve = maxBpm - restingBpm;
        return (Math.Round(restingBpm + (Math.Max(0, intensity - ReserveBand) * reserve)), Math.Round(restingBpm + (Math.Min(1, intensity + ReserveBand) * reserve)));
    }

    /// <summary>
    /// Running pace range for the work bouts, seconds per km: the fraction of heart-rate reserve taken as the same
    /// fraction of VO2 reserve (Swain &amp; Leutholtz 1997), VO2 = 3.5 + f·(VO2max − 3.5), and the pace at that VO2 from
    /// Daniels &amp; Gilbert's oxygen cost of running (VO2 = −4.6 + 0.182258·v + 0.000104·v², v in m/min).
    /// </summary>
    public static (double Low, double High) PaceRange(double intensity, double vo2MaxMlPerKgPerMin)
    {
        static double Pace(double fraction, double vo2Max)
        {
            var vo2 = 3.5 + (Math.Clamp(fraction, 0.3, 1.0) * (vo2Max - 3.5));
            const double a = 0.000104, b = 0.182258;
            var c = -4.6 - vo2;
            var velocity = (-b + Math.Sqrt((b * b) - (4 * a * c))) / (2 * a);
            return Math.Round(60_000 / velocity);
        }

        // Faster pace (fewer seconds) for the upper intensity.
        return (Pace(intensity + ReserveBand, vo2MaxMlPerKgPerMin), Pace(intensity - ReserveBand, vo2MaxMlPerKgPerMin));
    }

    /// <summary>Ergometer power range: threshold power scaled by intensity ÷ threshold intensity, ±5 %.</summary>
    public static (double Low, double High) PowerRange(double intensity, double thresholdReserveFraction, double thresholdPowerWatts)
    {
        var centre = thresholdPowerWatts * intensity / Math.Max(thresholdReserveFraction, 0.1);
        return (Math.Round(centre * 0.95), Math.Round(centre * 1.05));
    }

    /// <summary>A rough session for a coach-set entry (for forecasting only): intensity by category, mix by intent.</summary>
    public static SessionPrescription FromPlanned(PlannedSession planned, double thresholdReserveFraction)
    {
        ArgumentNullException.ThrowIfNull(planned);
        return planned.Intensity switch
        {
            SessionIntensity.Rest => SessionPrescription.RestDay,
            SessionIntensity.Recovery => SessionPrescription.Session(0.5, planned.DurationMinutes, QualityMix.PureAerobic),
            SessionIntensity.Easy => SessionPrescription.Session(0.62, planned.DurationMinutes, QualityMix.PureAerobic),
            SessionIntensity.Moderate => SessionPrescription.Session(0.72, planned.DurationMinutes, QualityMix.PureAerobic),
            SessionIntensity.Threshold => SessionPrescription.Session(thresholdReserveFraction, planned.DurationMinutes, QualityMix.FromWeights(0.85, 0.15, 0, 0)),
            SessionIntensity.Intervals => SessionPrescription.Session(0.92, planned.DurationMinutes, QualityMix.FromWeights(0.5, 0.5, 0, 0), 0.5),
            SessionIntensity.Sprint => SessionPrescription.Session(0.85, planned.DurationMinutes, QualityMix.FromWeights(0, 0.2, 0.1, 0.7), 0.5),
            SessionIntensity.Strength => SessionPrescription.Session(0.6, planned.DurationMinutes, QualityMix.FromWeights(0, 0, 0.85, 0.15), 0.6),
            _ => SessionPrescription.Session(0.9, planned.DurationMinutes, QualityMix.FromWeights(0.6, 0.4, 0, 0), 0.9),
        };
    }
}
