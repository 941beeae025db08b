namespace Formcast.Analytics;

/// <summary>Foster's session RPE load (Foster et al. 2001, J Strength Cond Res 15:109): CR-10 rating × minutes, in
/// arbitrary units.</summary>
public static class SessionRpeLoad
{
    public static double Compute(double rpe, double minutes) => rpe * minutes;
}
