namespace Formcast.Workflows.Athletes;

/// <summary>Current fitness estimates on a day, each with the data and convention behind it; null where the data do not
/// allow one, with the reason in <paramref name="Notes"/>.</summary>
/// <param name="EffectiveVo2Max">Duration-weighted effective VO2max of the recent runs.</param>
/// <param name="TrainingVdot">The VDOT used for Daniels paces and the easy range, and where it came from.</param>
/// <param name="CriticalSpeed">Critical speed from best running efforts.</param>
/// <param name="CriticalPower">Critical power from best cycling efforts.</param>
/// <param name="Zones">Heart-rate, pace and power zones from the thresholds in force.</param>
/// <param name="DanielsPaces">Daniels' E/M/T/I/R pace ranges from <paramref name="TrainingVdot"/>.</param>
/// <param name="EasyPace">Today's easy-pace range, shifted by readiness.</param>
/// <param name="Notes">Why an estimate is missing, and caveats.</param>
public sealed record FitnessEstimates(
    Vo2MaxEstimate? EffectiveVo2Max, VdotChoice? TrainingVdot, CriticalIntensityView? CriticalSpeed, CriticalIntensityView? CriticalPower,
    IReadOnlyList<ZoneSetView> Zones, IReadOnlyList<PaceRange> DanielsPaces, EasyPaceView? EasyPace, IReadOnlyList<string> Notes);
