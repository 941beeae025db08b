namespace Formcast.Formats.Tcx;

/// <summary>
/// A decoded Garmin Training Center Database v2 document (the parts that describe recorded activities; courses,
/// workouts and folders are skipped). Schema: https://www8.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd
/// with ActivityExtension v2 (https://www8.garmin.com/xmlschemas/ActivityExtensionv2.xsd).
/// </summary>
public sealed record TcxDocument
{
    public IReadOnlyList<TcxActivity> Activities { get; init; } = [];

    /// <summary>The <c>Author</c> application name, e.g. "Connect Api".</summary>
    public string? AuthorName { get; init; }

    /// <summary>The <c>Author</c> build version, "major.minor".</summary>
    public string? AuthorVersion { get; init; }

    public int TrackpointCount => Activities.Sum(a => a.TrackpointCount);
}
