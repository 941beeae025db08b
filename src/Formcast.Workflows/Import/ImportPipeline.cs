using System.Globalization;
using System.Security.Cryptography;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Formats.Archives;
using Formcast.Formats.Fit;
using Formcast.Formats.Gpx;
using Formcast.Formats.Sheets;
using Formcast.Formats.Tcx;
using Formcast.Formats.Xml;
using Formcast.Storage;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Import.Internal;

namespace Formcast.Workflows.Import;

/// <summary>
/// <c>formcast import</c>: reads files, folders and archives (a platform's full export included), decodes them in
/// parallel, skips content imported before (SHA-256 of the bytes), assigns each file to an athlete, validates and flags
/// the streams, and writes each file in its own transaction — one bad file never stops the batch, and a failed file
/// leaves nothing behind. Afterwards the affected athletes' daily state is recomputed from their first new day.
/// </summary>
public sealed class ImportPipeline(IFormcastStore store, AccessContext access, TimeProvider? clock = null)
{
    /// <summary>FIT times below 0x10000000 s after the FIT epoch (1989-12-31) count from device power-up, not UTC.</summary>
    private static readonly DateTimeOffset FitDeviceClockLimit = new DateTimeOffset(1989, 12, 31, 0, 0, 0, TimeSpan.Zero).AddSeconds(0x10000000);

    /// <summary>Sessions before this are clock errors: consumer GPS and heart-rate recorders date from the mid-1980s.</summary>
    private static readonly DateTimeOffset EarliestPlausibleStart = new(1985, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<ImportSummary> RunAsync(IReadOnlyList<string> paths, ImportOptions options,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var mapping = ResolveSheetMapping(options.SheetMapping);
        var athletes = new AthleteDirectory(await store.ListAthletesAsync(access, cancellationToken).ConfigureAwait(false), options);

        var items = paths.SelectMany(path => ArchiveReader.Enumerate(path)).ToList();
        var workers = new SemaphoreSlim(options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount);
        var decoding = items.Select(item => Task.Run(async () =>
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return Decode(item, options, mapping);
            }
            finally
            {
                workers.Release();
            }
        }, cancellationToken)).ToList();

        var reports = new List<ImportFileReport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var affected = new Dictionary<AthleteId, DateOnly>();
        for (var i = 0; i < decoding.Count; i++)
        {
            var decoded = await decoding[i].ConfigureAwait(false);
            reports.Add(await WriteAsync(decoded, options, athletes, seen, affected, cancellationToken).ConfigureAwait(false));
            progress?.Report((i + 1, decoding.Count));
        }

        var recomputed = 0;
        if (options.Recompute && affected.Count > 0)
        {
            var daily = new DailyStateWorkflow(store, access, clock: _clock);
            foreach (var (athleteId, from) in affected.OrderBy(a => a.Key))
                recomputed += await daily.RecomputeAsync(athletes.ById(athleteId), from, cancellationToken).ConfigureAwait(false);
        }

        return new ImportSummary(reports, recomputed, athletes.CreatedCount);
    }

    private static SheetMapping? ResolveSheetMapping(string? choice)
    {
        if (choice is null) return null;
        if (SheetMappings.ByName.TryGetValue(choice, out var builtIn)) return builtIn;
        if (!File.Exists(choice))
            throw new ArgumentException($"sheet mapping '{choice}' is neither a built-in ({string.Join(", ", SheetMappings.ByName.Keys.Order(StringComparer.Ordinal))}) nor a mapping file");
        var parsed = SheetMapping.FromJson(File.ReadAllText(choice), choice);
        return parsed.Value is { } mapping && parsed.Succeeded
            ? mapping
            : throw new ArgumentException($"sheet mapping {parsed.FirstError}");
    }

    private static DecodedEntry Decode(ArchiveItem item, ImportOptions options, SheetMapping? mapping)
    {
        if (item.Entry is not { } entry)
        {
            var problem = item.Diagnostic!;
            return new DecodedEntry(problem.File ?? "(input)", "unknown", null, 0, null, null, [problem], problem.ToString());
        }

        var name = entry.Name == Path.GetFileName(entry.SourcePath) ? entry.SourcePath : DisplayName(entry);
        var bytes = entry.Content.Span;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var format = entry.Format.ToString().ToLowerInvariant();
        try
        {
            switch (entry.Format)
            {
                case ActivityFileFormat.Fit:
                    return FromActivity(name, format, sha, bytes.Length, FitActivityReader.Read(bytes, new FitDecodeOptions { Mode = options.Mode, FileName = name }));
                case ActivityFileFormat.Tcx:
                    return FromActivity(name, format, sha, bytes.Length, TcxReader.Read(entry.Content, name, new XmlActivityOptions { Mode = options.Mode }));
                case ActivityFileFormat.Gpx:
                    return FromActivity(name, format, sha, bytes.Length, GpxReader.Read(entry.Content, name, new XmlActivityOptions { Mode = options.Mode }));
                case ActivityFileFormat.Csv:
                    var chosen = mapping ?? SheetMappings.ForPmSysFile(entry.Name);
                    if (chosen is null)
                    {
                        // A folder or export often holds CSVs that are not sheets (device record dumps, notes): skip, and say how to import them.
                        return new DecodedEntry(name, format, sha, bytes.Length, null, null, [],
                            $"a text table with no sheet mapping: to import it, pass --mapping with a built-in ({string.Join(", ", SheetMappings.ByName.Keys.Order(StringComparer.Ordinal))}) or a mapping file", Unsupported: true);
                    }

                    var sheet = SheetImporter.Import(bytes, name, chosen, new SheetImportOptions { AthleteKey = chosen.Athlete is null ? options.Athlete : null });
                    return new DecodedEntry(name, format, sha, bytes.Length, null, sheet, sheet.Diagnostics,
                        sheet.RecordCount == 0 && sheet.ErrorCount > 0 ? sheet.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).ToString() : null);
                default:
                    return new DecodedEntry(name, "unknown", sha, bytes.Length, null, null, [], "not a FIT, TCX, GPX or CSV file", Unsupported: true);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Decoders return results for anything a file can contain; reaching here is a decoder bug, reported per file.
            return new DecodedEntry(name, format, sha, bytes.Length, null, null, [], $"internal decoder error ({e.GetType().Name}): {e.Message}");
        }
    }

    private static string DisplayName(ArchiveEntry entry)
    {
        var container = Path.GetFileName(entry.SourcePath);
        return entry.Name.StartsWith(container + "/", StringComparison.Ordinal)
            ? Path.Combine(Path.GetDirectoryName(entry.SourcePath) ?? "", entry.Name)
            : entry.Name;
    }

    private static DecodedEntry FromActivity(string name, string format, string sha, long bytes, DecodeResult<RecordedFile> result) =>
        result.Value is { } recorded
            ? new DecodedEntry(name, format, sha, bytes, recorded, null, result.Diagnostics, null)
            : new DecodedEntry(name, format, sha, bytes, null, null, result.Diagnostics, result.FirstError?.ToString() ?? "nothing could be decoded");

    private async Task<ImportFileReport> WriteAsync(DecodedEntry decoded, ImportOptions options, AthleteDirectory athletes, HashSet<string> seen,
        Dictionary<AthleteId, DateOnly> affected, CancellationToken ct)
    {
        ImportFileReport Report(ImportOutcome outcome, IReadOnlyList<FormatDiagnostic> diagnostics, string? reason = null, IReadOnlyList<string>? who = null,
            int activities = 0, int records = 0) =>
            new(decoded.Name, decoded.Format, outcome, decoded.Sha256, who ?? [], activities, records, diagnostics, reason);

        if (decoded.Unsupported) return Report(ImportOutcome.Skipped, [], decoded.Failure);
        if (decoded.Failure is not null) return Report(ImportOutcome.Failed, decoded.Diagnostics, decoded.Failure);
        if (!seen.Add(decoded.Sha256!) || await store.HasSourceFileAsync(access, decoded.Sha256!, ct).ConfigureAwait(false))
            return Report(ImportOutcome.Duplicate, []);

        var diagnostics = decoded.Diagnostics.Select(Recovered).ToList();
        var batch = new StoreBatch();
        List<string> handles;
        int activities = 0, records = 0;
        Athlete? owner = null;
        if (decoded.Recorded is { } recorded)
        {
            if (athletes.ForActivityFile(recorded, out var problem) is not { } athlete) return Report(ImportOutcome.Failed, diagnostics, problem);
            owner = athlete;
            handles = [athlete.Handle];
            foreach (var session in recorded.Sessions)
            {
                if (recorded.Format == "fit" && session.StartUtc < FitDeviceClockLimit)
                {
                    diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Warning, "import.device-clock",
                        string.Create(CultureInfo.InvariantCulture, $"a {session.DurationSeconds:0}-s session is timed on the device's own clock (FIT times below 0x10000000), not a calendar date; it was left out"), decoded.Name));
                    continue;
                }

                if (session.StartUtc < EarliestPlausibleStart || session.StartUtc > _clock.GetUtcNow().AddDays(1))
                {
                    diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Warning, "import.date",
                        string.Create(CultureInfo.InvariantCulture, $"a session dated {session.StartUtc:yyyy-MM-dd HH:mm} UTC lies outside {EarliestPlausibleStart:yyyy}–today (a device clock error); it was left out"), decoded.Name));
                    continue;
                }

                var (streams, findings) = StreamValidator.Validate(session.Streams, session.Sport, session.DurationSeconds, decoded.Name);
                diagnostics.AddRange(findings);
                batch.Activities.Add(new Activity
                {
                    Id = ActivityId.New(),
                    AthleteId = athlete.Id,
                    Sport = session.Sport,
                    SubSport = session.SubSport,
                    StartUtc = session.StartUtc,
                    DurationSeconds = session.DurationSeconds,
                    MovingSeconds = session.MovingSeconds,
                    DistanceMeters = session.DistanceMeters,
                    AverageHeartRateBpm = session.AverageHeartRateBpm,
                    MaxHeartRateBpm = session.MaxHeartRateBpm,
                    AveragePowerWatts = session.AveragePowerWatts,
                    AscentMeters = session.AscentMeters,
                    EnergyKilocalories = session.EnergyKilocalories,
                    Device = recorded.Device,
                    SourceFormat = recorded.Format,
                    SourceFileSha256 = decoded.Sha256,
                    Laps = session.Laps,
                    Streams = streams,
                });
                Touch(affected, athlete.Id, athlete.LocalDayOf(session.StartUtc));
            }

            activities = batch.Activities.Count;
        }
        else
        {
            var sheet = decoded.Sheet!;
            var resolved = athletes.ForSheet(sheet, batch, diagnostics, decoded.Name);
            handles = [.. resolved.Values.Select(a => a.Handle).Distinct().Order(StringComparer.Ordinal)];
            AthleteId Id(string key) => resolved[key].Id;
            bool Known(string key) => resolved.ContainsKey(key);
            batch.Wellness.AddRange(sheet.Wellness.Where(r => Known(r.AthleteKey)).Select(r => r.Record with { AthleteId = Id(r.AthleteKey) }));
            batch.SessionRpe.AddRange(sheet.SessionRpe.Where(r => Known(r.AthleteKey)).Select(r => r.Record with { AthleteId = Id(r.AthleteKey) }));
            batch.Injuries.AddRange(sheet.Injuries.Where(r => Known(r.AthleteKey)).Select(r => r.Record with { AthleteId = Id(r.AthleteKey) }));
            batch.Tests.AddRange(sheet.Tests.Where(r => Known(r.AthleteKey)).Select(r => r.Record with { AthleteId = Id(r.AthleteKey) }));
            batch.Races.AddRange(sheet.Races.Where(r => Known(r.AthleteKey)).Select(r => r.Record with { AthleteId = Id(r.AthleteKey) }));
            records = batch.Wellness.Count + batch.SessionRpe.Count + batch.Injuries.Count + batch.Tests.Count + batch.Races.Count;
            if (records == 0 && sheet.RecordCount > 0)
                return Report(ImportOutcome.Failed, diagnostics, diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "no row belongs to a known athlete");
            foreach (var day in batch.Wellness.Select(w => (w.AthleteId, w.Date)).Concat(batch.SessionRpe.Select(r => (r.AthleteId, r.Date))))
                Touch(affected, day.AthleteId, day.Date);
            if (resolved.Count == 1) owner = resolved.Values.First();
        }

        // Damaged and nothing recovered: a failure, not an empty file (and not remembered, so a repaired copy imports).
        if (activities + records == 0 && decoded.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } damage)
            return Report(ImportOutcome.Failed, diagnostics, damage.ToString());

        batch.SourceFiles.Add(new SourceFileRecord(decoded.Sha256!, Path.GetFileName(decoded.Name), decoded.Format, _clock.GetUtcNow(), owner?.Id, decoded.ByteCount));
        try
        {
            var written = await store.WriteAsync(access, batch, ct).ConfigureAwait(false);
            athletes.Commit(batch);
            var outcome = activities + records == 0 ? ImportOutcome.Empty : ImportOutcome.Imported;
            if (written.DuplicatesSkipped > 0 && activities > 0)
                diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Info, "import.duplicate-session",
                    string.Create(CultureInfo.InvariantCulture, $"{written.DuplicatesSkipped} session(s) already in the store (same athlete, start and sport) were skipped"), decoded.Name));
            return Report(outcome, diagnostics, null, handles, activities, records);
        }
        catch (StoreException e)
        {
            athletes.Rollback(batch);
            return Report(ImportOutcome.Failed, diagnostics, e.Message);
        }
    }

    /// <summary>Damage recovered in lenient mode is a warning on an imported file, not an error.</summary>
    private static FormatDiagnostic Recovered(FormatDiagnostic d) =>
        d.Severity == DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Warning } : d;

    private static void Touch(Dictionary<AthleteId, DateOnly> affected, AthleteId athlete, DateOnly day) =>
        affected[athlete] = affected.TryGetValue(athlete, out var known) && known < day ? known : day;
}
