using Formcast.Formats;
using Formcast.Formats.Sheets;

namespace Formcast.Workflows.Import.Internal;

/// <summary>One entry after hashing and decoding (done in parallel), before it is assigned and written (in order).</summary>
internal sealed record DecodedEntry(
    string Name,
    string Format,
    string? Sha256,
    long ByteCount,
    RecordedFile? Recorded,
    SheetImportResult? Sheet,
    IReadOnlyList<FormatDiagnostic> Diagnostics,
    string? Failure,
    bool Unsupported = false);
