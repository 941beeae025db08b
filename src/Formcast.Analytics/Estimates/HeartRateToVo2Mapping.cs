namespace Formcast.Analytics;

/// <summary>How an effective VO2max estimate maps a run's heart rate to the share of VO2max it represents.</summary>
public enum HeartRateToVo2Mapping
{
    /// <summary>
    /// Runalyze's logarithmic regression of Daniels' table 2.2 (%HRmax ↔ %vVDOT; Runalyze <c>Calculation/JD/VDOT.php</c>):
    /// fraction of vVDOT = e^((HR/HRmax − 1.00466) / 0.68725). The run's speed divided by that fraction is the speed
    /// at 100 %, whose Daniels–Gilbert oxygen cost is the estimate.
    /// </summary>
    RunalyzeMaximum = 0,

    /// <summary>
    /// Swain &amp; Leutholtz 1997 (MSSE 29:410): %HRR equals %VO2 reserve, so
    /// VO2max = (VO2(v) − 3.5) ÷ %HRR + 3.5 with VO2(v) the Daniels–Gilbert cost of the run's speed and 3.5 ml·kg⁻¹·min⁻¹
    /// resting oxygen uptake. Needs resting heart rate.
    /// </summary>
    SwainReserve = 1,
}
