using Formcast.Core;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>The hidden physiology of one generated athlete: what the generator knows and the athlete's files reveal.</summary>
internal sealed record DemoProfile(
    Sport Sport,
    Sex Sex,
    int AgeYears,
    AthleteLevel Level,
    double MaxHeartRateBpm,
    double RestingHeartRateBpm,
    double Vo2MaxMlPerKgPerMin,
    double BodyMassKg,
    double ThresholdSpeedMetersPerSecond,
    double ThresholdPowerWatts,
    double LnRmssdBaseline,
    double WellnessCompliance,
    double RpeCompliance,
    double InjurySusceptibility,
    double ResponseToTraining,
    double LoadScale);
