using Formcast.Core;

namespace Formcast.Workflows;

/// <summary>Plain-language names for domain values, shared by the command line, reports and the dashboard.</summary>
public static class Names
{
    public static string Sport(Sport sport) => sport switch
    {
        Core.Sport.Sprinting => "sprint",
        Core.Sport.DistanceRunning => "distance running",
        Core.Sport.Throwing => "throwing",
        Core.Sport.BallGame => "ball game",
        Core.Sport.GeneralFitness => "general fitness",
        Core.Sport.StrengthTraining => "strength training",
        Core.Sport.CrossCountrySkiing => "cross-country skiing",
        _ => sport.ToString().ToLowerInvariant(),
    };

    public static string Sex(Sex sex) => sex switch
    {
        Core.Sex.Female => "female",
        Core.Sex.Male => "male",
        _ => "unspecified",
    };

    public static string Level(AthleteLevel level) => level switch
    {
        AthleteLevel.GeneralPopulation => "general population",
        _ => level.ToString().ToLowerInvariant(),
    };

    public static string Status(DayStatus status) => status switch
    {
        DayStatus.Trained => "trained",
        DayStatus.RestDay => "rest day",
        _ => "not recorded",
    };

    public static string LoadSource(LoadSource source) => source switch
    {
        Core.LoadSource.SessionRpe => "session RPE",
        Core.LoadSource.HeartRate => "heart rate",
        Core.LoadSource.Pace => "pace",
        Core.LoadSource.Power => "power",
        Core.LoadSource.Mixed => "mixed",
        _ => "—",
    };

    public static string Quality(DayQualityFlags flags) => string.Join("; ", QualityNotes(flags));

    /// <summary>The caveats of a day, one phrase each.</summary>
    public static IReadOnlyList<string> QualityNotes(DayQualityFlags flags)
    {
        var notes = new List<string>();
        if (flags.HasFlag(DayQualityFlags.UnratedSession)) notes.Add("a session without a load source");
        if (flags.HasFlag(DayQualityFlags.NoWellness)) notes.Add("no wellness answers");
        if (flags.HasFlag(DayQualityFlags.NoHrv)) notes.Add("no HRV reading");
        if (flags.HasFlag(DayQualityFlags.ShortLoadHistory)) notes.Add("under 4 weeks of history");
        if (flags.HasFlag(DayQualityFlags.ShortHrvBaseline)) notes.Add("HRV baseline still forming");
        if (flags.HasFlag(DayQualityFlags.Imputed)) notes.Add("some values imputed");
        return notes;
    }

    /// <summary>Plain name of a readiness contributor (<see cref="ReadinessContributor.Name"/>).</summary>
    public static string Contributor(string name) => name switch
    {
        "hrv" => "HRV",
        "resting_hr" => "Resting heart rate",
        "sleep_duration" => "Sleep duration",
        "sleep_quality" => "Sleep quality",
        "fatigue" => "Freshness",
        "soreness" => "Soreness",
        "stress" => "Stress",
        "mood" => "Mood",
        "motivation" => "Motivation",
        "self_readiness" => "Self-rated readiness",
        _ => name.Replace('_', ' '),
    };

    /// <summary>Plain name of a performance test.</summary>
    public static string Test(PerformanceTestKind kind) => kind switch
    {
        PerformanceTestKind.Vo2Max => "VO2max",
        PerformanceTestKind.CountermovementJump => "countermovement jump",
        PerformanceTestKind.Sprint30m => "30-m sprint time",
        PerformanceTestKind.FiveMinutePower => "5-min power",
        PerformanceTestKind.TwentyMinutePower => "20-min power",
        PerformanceTestKind.YoYoIntermittentRecovery1 => "Yo-Yo IR1 distance",
        PerformanceTestKind.ThrowDistance => "throw distance",
        PerformanceTestKind.TimeTrial => "time trial",
        PerformanceTestKind.PeakPower => "peak power",
        _ => "other test",
    };

    /// <summary>Plain name of a session kind.</summary>
    public static string Intensity(SessionIntensity intensity) => intensity.ToString().ToLowerInvariant();
}
