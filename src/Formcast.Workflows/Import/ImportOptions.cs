using Formcast.Formats;

namespace Formcast.Workflows.Import;

/// <summary>How an import run assigns, decodes and validates.</summary>
public sealed record ImportOptions
{
    /// <summary>Handle or id of the athlete every file belongs to, unless the map or a sheet's athlete column says otherwise.</summary>
    public string? Athlete { get; init; }

    /// <summary>Device serials and sheet athlete keys mapped to athlete handles.</summary>
    public AthleteMap Map { get; init; } = AthleteMap.Empty;

    /// <summary>Create an athlete for every sheet athlete key (or mapped handle) not in the store yet.</summary>
    public bool CreateAthletes { get; init; }

    /// <summary>Time zone of athletes created by the import (IANA), default UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Sheet mapping: a built-in name (pmsys-wellness, pmsys-srpe, pmsys-injury, hrv4training) or a JSON
    /// mapping file; null lets PMSys exports be recognised by their file names.</summary>
    public string? SheetMapping { get; init; }

    /// <summary>Lenient keeps what is readable from damaged files and reports the damage; strict fails them.</summary>
    public DecodeMode Mode { get; init; } = DecodeMode.Lenient;

    /// <summary>Decoding threads; 0 = all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Bring the athletes' daily state up to date after the import (incrementally, from the first new day).</summary>
    public bool Recompute { get; init; } = true;
}
