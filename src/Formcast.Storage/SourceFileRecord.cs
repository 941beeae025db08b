using Formcast.Core;

namespace Formcast.Storage;

/// <summary>A file that was imported, recorded so that importing it again is a no-op.</summary>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="FileName">Name as the user gave it (no directories).</param>
/// <param name="Format">"fit", "tcx", "gpx", "csv", "synthetic"...</param>
/// <param name="ImportedUtc">When it was imported.</param>
/// <param name="AthleteId">The athlete it was assigned to, when it belongs to one.</param>
/// <param name="ByteCount">Size of the file.</param>
public sealed record SourceFileRecord(string Sha256, string FileName, string Format, DateTimeOffset ImportedUtc, AthleteId? AthleteId, long ByteCount);
