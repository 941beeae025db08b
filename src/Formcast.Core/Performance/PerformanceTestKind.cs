namespace Formcast.Core;

/// <summary>Standard field and laboratory tests. Each has a fixed unit (<see cref="PerformanceTestKinds.UnitOf"/>).</summary>
public enum PerformanceTestKind
{
    Other = 0,

    /// <summary>Maximal oxygen uptake, ml/kg/min.</summary>
    Vo2Max = 1,

    /// <summary>Countermovement jump height, cm.</summary>
    CountermovementJump = 2,

    /// <summary>30 m sprint time, s.</summary>
    Sprint30m = 3,

    /// <summary>Best 5-minute mean power, W.</summary>
    FiveMinutePower = 4,

    /// <summary>Best 20-minute mean power, W.</summary>
    TwentyMinutePower = 5,

    /// <summary>Yo-Yo intermittent recovery level 1 distance, m.</summary>
    YoYoIntermittentRecovery1 = 6,

    /// <summary>Shot put / throw distance, m.</summary>
    ThrowDistance = 7,

    /// <summary>Time trial over a stated distance, s.</summary>
    TimeTrial = 8,

    /// <summary>Peak power output in an incremental test, W.</summary>
    PeakPower = 9,
}
