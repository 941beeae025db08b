namespace Formcast.Analytics;

/// <summary>Race-time equivalence formulas that carry a performance over one distance to another.</summary>
public static class RaceTimeModels
{
    /// <summary>Riegel's exponent (Riegel 1981, American Scientist 69:285).</summary>
    public const double RiegelExponent = 1.06;

    /// <summary>
    /// Riegel: <c>T2 = T1 × (D2/D1)^k</c>, k = 1.06 by default. Vickers &amp; Vertosick 2016 (BMC Sports Sci Med Rehabil
    /// 8:29) found it well calibrated up to the half marathon but at least 10 min too fast in the marathon for half of
    /// recreational runners.
    /// </summary>
    public static double Riegel(double knownMeters, double knownSeconds, double targetMeters, double exponent = RiegelExponent) =>
        knownSeconds * Math.Pow(targetMeters / knownMeters, exponent);

    /// <summary>Cameron's distance function <c>f(d) = 13.49681 − 0.000030363·d + 835.7114·d^−0.7905</c> (d in metres).</summary>
    public static double CameronFactor(double meters) => 13.49681 - (0.000030363 * meters) + (835.7114 * Math.Pow(meters, -0.7905));

    /// <summary>Cameron: <c>T2 = T1 × (D2/D1) × f(D1)/f(D2)</c> (David Cameron's race-equivalence formula, as used by
    /// Runalyze <c>Calculation/Prognosis/Cameron.php</c>).</summary>
    public static double Cameron(double knownMeters, double knownSeconds, double targetMeters) =>
        knownSeconds * (targetMeters / knownMeters) * (CameronFactor(knownMeters) / CameronFactor(targetMeters));
}
