namespace Formcast.Analytics;

/// <summary>
/// Grade-adjusted running speed from the energy cost of running on gradients (Minetti et al. 2002, J Appl Physiol
/// 93:1039, eq. for Cr): <c>Cr(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6</c> J·kg⁻¹·m⁻¹ with i the gradient
/// as a fraction, fitted on −0.45 ≤ i ≤ +0.45 (gradients outside are clamped). The flat-equivalent speed is the speed
/// that costs the same energy per second on the flat: <c>v × Cr(i) ÷ Cr(0)</c>.
/// </summary>
public static class GradeAdjustedPace
{
    /// <summary>The steepest gradient (either sign) Minetti's polynomial was fitted on.</summary>
    public const double MaxGrade = 0.45;

    /// <summary>Energy cost of running, J·kg⁻¹·m⁻¹, at <paramref name="grade"/> (fraction, clamped to ±0.45).</summary>
    public static double EnergyCost(double grade)
    {
        var i = Math.Clamp(grade, -MaxGrade, MaxGrade);
        var i2 = i * i;
        var i3 = i2 * i;
        return (155.4 * i3 * i2) - (30.4 * i2 * i2) - (43.3 * i3) + (46.3 * i2) + (19.5 * i) + 3.6;
    }

    /// <summary>Flat-equivalent speed of running at <paramref name="speedMetersPerSecond"/> on <paramref name="grade"/>.</summary>
    public static double AdjustedSpeed(double speedMetersPerSecond, double grade) =>
        speedMetersPerSecond * EnergyCost(grade) / EnergyCost(0);

    /// <summary>
    /// Gradient at each sample from cumulative distance and altitude: the rise over the shortest stretch ending at the
    /// sample that covers at least <paramref name="minimumRunMeters"/> (barometric altitude is quantised, so
    /// sample-to-sample gradients are noise). Samples before the first full stretch, and NaN inputs, get 0.
    /// </summary>
    /// <remarks>Formcast.Signals has no gradient kernel; this distance-based stretch (not a time window or a smoothed
    /// altitude) is the convention docs/conventions.md names for grade-adjusted pace, so it lives beside it.</remarks>
    public static void Grades(ReadOnlySpan<double> distanceMeters, ReadOnlySpan<double> altitudeMeters, Span<double> destination, double minimumRunMeters = 20)
    {
        if (distanceMeters.Length != altitudeMeters.Length || destination.Length < distanceMeters.Length)
            throw new ArgumentException("distance, altitude and destination must have the same length");
        var j = 0;
        for (var i = 0; i < distanceMeters.Length; i++)
        {
            destination[i] = 0;
            if (double.IsNaN(distanceMeters[i]) || double.IsNaN(altitudeMeters[i])) continue;
            while (j + 1 < i && !double.IsNaN(distanceMeters[j + 1]) && distanceMeters[i] - distanceMeters[j + 1] >= minimumRunMeters) j++;
            var run = distanceMeters[i] - distanceMeters[j];
            if (run >= minimumRunMeters && !double.IsNaN(altitudeMeters[j])) destination[i] = (altitudeMeters[i] - altitudeMeters[j]) / run;
        }
    }
}
