using Formcast.Core;

namespace Formcast.Formats;

/// <summary>
/// What any activity decoder (FIT, TCX, GPX) hands to the import pipeline: the device, the sport segments, and
/// identifiers useful for assigning the file to an athlete.
/// </summary>
public sealed record RecordedFile
{
    /// <summary>"fit", "tcx" or "gpx".</summary>
    public required string Format { get; init; }

    public DeviceInfo? Device { get; init; }

    /// <summary>Creation time the file states, when it states one.</summary>
    public DateTimeOffset? CreatedUtc { get; init; }

    /// <summary>Athlete identity hints the file carries (e.g. a user-profile name or a device serial).</summary>
    public IReadOnlyList<string> OwnerHints { get; init; } = [];

    /// <summary>Sport segments in time order; empty for files with no activity (e.g. a settings file).</summary>
    public IReadOnlyList<RecordedSession> Sessions { get; init; } = [];
}
