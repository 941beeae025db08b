namespace Formcast.Analytics;

/// <summary>
/// Which published constants (and summation) a Banister TRIMP uses. The tools disagree, so the choice is explicit and
/// named in every athlete-day's provenance.
/// </summary>
public enum TrimpConstantSet
{
    /// <summary>
    /// Morton, Fitz-Clarke &amp; Banister 1990 (J Appl Physiol 69:1171): men a = 0.64, b = 1.92; women a = 0.86,
    /// b = 1.67 (the set intervals.icu uses), applied to the session's average heart rate. Morton gives no sex-neutral
    /// pair; an unspecified sex uses the men's constants.
    /// </summary>
    Morton = 0,

    /// <summary>
    /// GoldenCheetah <c>src/Metrics/TRIMPPoints.cpp</c>: a = 0.64 for everyone, b = 1.92 (1.67 for women), applied to
    /// the average heart rate over moving time (duration when moving time is unknown).
    /// </summary>
    GoldenCheetah = 1,

    /// <summary>
    /// Runalyze <c>Calculation/Trimp/Factor.php</c> and <c>Calculator.php</c>: men a = 0.64, b = 1.92; women
    /// a = 0.821776, b = 1.67; unknown a = 0.725215, b = 1.795; summed over a per-bpm histogram of the heart-rate stream.
    /// </summary>
    Runalyze = 2,
}
