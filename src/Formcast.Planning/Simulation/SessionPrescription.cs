using System.Globalization;

namespace Formcast.Planning;

/// <summary>
/// One session as the simulator executes it: how hard (heart-rate-reserve fraction of the work bouts), how long,
/// how it is structured (work fraction: 1 = continuous, 0.5 = 1:1 work:rest intervals), what it trains (the
/// quality mix) and where (conditioned hall or outdoors). A rest day is <see cref="Rest"/>.
/// </summary>
public readonly record struct SessionPrescription
{
    public bool Rest { get; init; }

    /// <summary>Work-bout intensity as a fraction of heart-rate reserve (0.45–0.95).</summary>
    public double Intensity { get; init; }

    public double DurationMinutes { get; init; }

    /// <summary>Share of the session spent in work bouts (0.5–1; 1 is continuous).</summary>
    public double WorkFraction { get; init; }

    public QualityMix Mix { get; init; }

    public bool Indoor { get; init; }

    public static SessionPrescription RestDay { get; } = new() { Rest = true, Intensity = ActionCodec.MinIntensity, WorkFraction = 1, Mix = QualityMix.PureAerobic, Indoor = true };

    /// <summary>A session with the given parts.</summary>
    public static SessionPrescription Session(double intensity, double durationMinutes, QualityMix mix, double workFraction = 1, bool indoor = true) =>
        new() { Intensity = intensity, DurationMinutes = durationMinutes, Mix = mix, WorkFraction = workFraction, Indoor = indoor };

    /// <summary>True when the session does nothing (rest, or under a minute).</summary>
    public bool IsRest => Rest || DurationMinutes < 1;

    public override string ToString() => IsRest
        ? "rest"
        : string.Create(CultureInfo.InvariantCulture,
            $"{DurationMinutes:0} min at {Intensity * 100:0} % HRR, work {WorkFraction * 100:0} %, {TrainingQualities.Name(Mix.Dominant)}-led, {(Indoor ? "indoor" : "outdoor")}");
}
