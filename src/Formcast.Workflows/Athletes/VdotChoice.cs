namespace Formcast.Workflows.Athletes;

/// <summary>The VDOT behind training paces and where it came from (the best recent race, else effective VO2max).</summary>
public sealed record VdotChoice(double Value, string Source);
