namespace Formcast.Formats.Sheets;

/// <summary>Which Core record a sheet's rows become.</summary>
public enum SheetRecordKind
{
    /// <summary><see cref="Formcast.Core.WellnessEntry"/>: one athlete-day of morning answers and measurements.</summary>
    Wellness = 0,

    /// <summary><see cref="Formcast.Core.SessionRpe"/>: a session rating of perceived exertion with its duration.</summary>
    SessionRpe = 1,

    /// <summary><see cref="Formcast.Core.Injury"/>: an injury or illness episode.</summary>
    Injury = 2,

    /// <summary><see cref="Formcast.Core.PerformanceTest"/>: a field or laboratory test result.</summary>
    PerformanceTest = 3,

    /// <summary><see cref="Formcast.Core.RaceResult"/>: a race result.</summary>
    Race = 4,
}
