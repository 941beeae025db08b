namespace Formcast.Planning;

/// <summary>
/// The 8-dimensional action in [−1, 1] and the session it means. Element by element (see docs/planning.md):
/// 0 intensity (0.45–0.95 of heart-rate reserve), 1 volume (share of the 20-min slot, or of
/// <see cref="EnvironmentOptions.MaxSessionMinutes"/> in daily mode), 2 interval structure (work fraction 1 → 0.5),
/// 3–5 session-type mix logits for aerobic, anaerobic and strength work (neuromuscular/technique is the reference
/// logit 0; scale 3), 6 rest (&gt; 0 rests), 7 venue (&gt; 0 conditioned hall, otherwise outdoors). Values outside
/// [−1, 1] are clipped.
/// </summary>
public static class ActionCodec
{
    public const int Dimension = 8;

    public const int Intensity = 0;
    public const int Volume = 1;
    public const int Structure = 2;
    public const int AerobicLogit = 3;
    public const int AnaerobicLogit = 4;
    public const int StrengthLogit = 5;
    public const int Rest = 6;
    public const int Venue = 7;

    public const double MinIntensity = 0.45;
    public const double MaxIntensity = 0.95;
    public const double MinWorkFraction = 0.5;

    /// <summary>Scale from an action element to a mix logit, so ±1 spans a 400-fold ratio of shares.</summary>
    public const double LogitScale = 3.0;

    /// <summary>Names of the action elements, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["intensity", "volume", "interval_structure", "mix_aerobic", "mix_anaerobic", "mix_strength", "rest", "venue_indoor"];

    /// <summary>The session an action means; <paramref name="volumeMinutes"/> is what volume 1 is worth (20 in slot mode).</summary>
    public static SessionPrescription Decode(ReadOnlySpan<double> action, double volumeMinutes)
    {
        if (action.Length != Dimension) throw new ArgumentException($"an action has {Dimension} elements, got {action.Length}", nameof(action));
        Span<double> a = stackalloc double[Dimension];
        for (var i = 0; i < Dimension; i++) a[i] = double.IsNaN(action[i]) ? 0 : Math.Clamp(action[i], -1, 1);
        var intensity = MinIntensity + ((MaxIntensity - MinIntensity) * (a[Intensity] + 1) / 2);
        var minutes = volumeMinutes * (a[Volume] + 1) / 2;
        var workFraction = 1 - ((1 - MinWorkFraction) * (a[Structure] + 1) / 2);
        var la = LogitScale * a[AerobicLogit];
        var ln = LogitScale * a[AnaerobicLogit];
        var ls = LogitScale * a[StrengthLogit];
        var max = Math.Max(Math.Max(la, ln), Math.Max(ls, 0));
        var mix = QualityMix.FromWeights(Math.Exp(la - max), Math.Exp(ln - max), Math.Exp(ls - max), Math.Exp(-max));
        return new SessionPrescription
        {
            Rest = a[Rest] > 0,
            Intensity = intensity,
            DurationMinutes = minutes,
            WorkFraction = workFraction,
            Mix = mix,
            Indoor = a[Venue] > 0,
        };
    }

    /// <summary>Writes the action that decodes to <paramref name="session"/> (as closely as the ranges allow).</summary>
    public static void Encode(SessionPrescription session, double volumeMinutes, Span<double> action)
    {
        if (action.Length != Dimension) throw new ArgumentException($"an action has {Dimension} elements, got {action.Length}", nameof(action));
        action[Intensity] = Math.Clamp((2 * (session.Intensity - MinIntensity) / (MaxIntensity - MinIntensity)) - 1, -1, 1);
        action[Volume] = Math.Clamp((2 * session.DurationMinutes / volumeMinutes) - 1, -1, 1);
        action[Structure] = Math.Clamp((2 * (1 - session.WorkFraction) / (1 - MinWorkFraction)) - 1, -1, 1);
        // Shares below e^-6 of the reference are clipped; a zero share becomes the smallest representable one.
        const double floor = 1e-6;
        var reference = Math.Max(session.Mix.Neuromuscular, floor);
        action[AerobicLogit] = Math.Clamp(Math.Log(Math.Max(session.Mix.Aerobic, floor) / reference) / LogitScale, -1, 1);
        action[AnaerobicLogit] = Math.Clamp(Math.Log(Math.Max(session.Mix.Anaerobic, floor) / reference) / LogitScale, -1, 1);
        action[StrengthLogit] = Math.Clamp(Math.Log(Math.Max(session.Mix.Strength, floor) / reference) / LogitScale, -1, 1);
        action[Rest] = session.IsRest ? 1 : -1;
        action[Venue] = session.Indoor ? 1 : -1;
    }
}
