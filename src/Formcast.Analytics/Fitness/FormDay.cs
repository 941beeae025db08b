namespace Formcast.Analytics;

/// <summary>On which day the form number (fitness − fatigue) is shown.</summary>
public enum FormDay
{
    /// <summary>Form on day D = fitness(D) − fatigue(D), after day D's training (intervals.icu, Runalyze).</summary>
    Today = 0,

    /// <summary>Form on day D = fitness(D−1) − fatigue(D−1): the form produced by training up to yesterday, shown on the
    /// following day (GoldenCheetah's default, TrainingPeaks). It does not change when today's session is added, which
    /// suits a morning decision.</summary>
    Tomorrow = 1,
}
