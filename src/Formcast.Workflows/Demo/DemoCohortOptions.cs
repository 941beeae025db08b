using Formcast.Core;

namespace Formcast.Workflows.Demo;

/// <summary>
/// Shape of the synthetic demo squad. The default mirrors the reference study's cohort (Bo 2025, Informatica):
/// 10 sprinters, 10 distance runners, 10 throwers, 10 ball-game players and 20 general-population adults, aged
/// 18–25, half of them women, followed for six months. The generating model is documented in docs/demo-cohort.md.
/// </summary>
public sealed record DemoCohortOptions
{
    public static IReadOnlyList<(Sport Sport, int Count)> ReferenceComposition { get; } =
    [
        (Sport.Sprinting, 10), (Sport.DistanceRunning, 10), (Sport.Throwing, 10), (Sport.BallGame, 10), (Sport.GeneralFitness, 20),
    ];

    /// <summary>Seed of every random draw; the same seed and dates give the same squad.</summary>
    public ulong Seed { get; init; } = 2025;

    /// <summary>Last day of the generated period (inclusive).</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>Length of the period, days (default 182, six months).</summary>
    public int Days { get; init; } = 182;

    public IReadOnlyList<(Sport Sport, int Count)> Composition { get; init; } = ReferenceComposition;

    /// <summary>IANA time zone of the squad (the reference cohort trains at a university in China).</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";

    public DateOnly StartDate => EndDate.AddDays(-(Days - 1));

    public int AthleteCount => Composition.Sum(c => c.Count);

    public string? Validate()
    {
        if (Days is < 14 or > 3660) return $"days must be 14–3660, not {Days}";
        if (Composition.Count == 0 || Composition.Any(c => c.Count < 0) || AthleteCount == 0) return "the composition must name at least one athlete";
        if (AthleteCount > 5000) return $"{AthleteCount} athletes is more than the demo generator supports (5000)";
        if (!TimeZones.IsKnown(TimeZoneId)) return $"time zone '{TimeZoneId}' is not a known IANA time zone";
        return null;
    }
}
