using Formcast.Core;

namespace Formcast.Workflows.Demo;

/// <summary>One generated athlete with everything recorded for them over the period (written in one transaction).</summary>
public sealed record DemoAthlete(
    Athlete Athlete,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<SessionRpe> SessionRatings,
    IReadOnlyList<WellnessEntry> Wellness,
    IReadOnlyList<Injury> Injuries,
    IReadOnlyList<PerformanceTest> Tests,
    IReadOnlyList<RaceResult> Races);
