using System.Globalization;
using System.Text;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Formats.Sheets;
using Formcast.Storage;

namespace Formcast.Workflows.Import.Internal;

/// <summary>
/// Decides whose records a file holds: the --athlete choice, then the map (device serial, sheet athlete key), then a
/// sheet key read as a handle; athletes that do not exist are created only when asked (--create-athletes).
/// </summary>
internal sealed class AthleteDirectory
{
    private readonly Dictionary<string, Athlete> _byHandle = new(StringComparer.Ordinal);
    private readonly Dictionary<AthleteId, Athlete> _byId = [];
    private readonly ImportOptions _options;

    public AthleteDirectory(IEnumerable<Athlete> known, ImportOptions options)
    {
        _options = options;
        foreach (var athlete in known) Remember(athlete);
    }

    public int CreatedCount { get; private set; }

    public Athlete ById(AthleteId id) => _byId[id];

    public Athlete? ForActivityFile(RecordedFile file, out string? problem)
    {
        problem = null;
        if (_options.Athlete is { } chosen)
        {
            var athlete = Find(chosen);
            if (athlete is null) problem = $"no athlete '{chosen}' in the store (add it first, or map the file with --map)";
            return athlete;
        }

        if (file.Device?.SerialNumber is { } serial && _options.Map.Devices.TryGetValue(serial, out var handle))
            return FindOrCreate(handle, null, out problem);
        foreach (var hint in file.OwnerHints)
        {
            if (_options.Map.Athletes.TryGetValue(hint, out var mapped)) return FindOrCreate(mapped, null, out problem);
        }

        problem = file.Device?.SerialNumber is { } unknownSerial
            ? $"cannot tell whose file this is: pass --athlete HANDLE, or map device serial {unknownSerial} to an athlete in the --map file"
            : "cannot tell whose file this is (no device serial): pass --athlete HANDLE";
        return null;
    }

    /// <summary>Resolves every athlete key of a sheet; keys that cannot be resolved are reported and their rows skipped.</summary>
    public Dictionary<string, Athlete> ForSheet(SheetImportResult sheet, StoreBatch batch, List<FormatDiagnostic> diagnostics, string file)
    {
        var keys = sheet.Wellness.Select(r => r.AthleteKey).Concat(sheet.SessionRpe.Select(r => r.AthleteKey)).Concat(sheet.Injuries.Select(r => r.AthleteKey))
            .Concat(sheet.Tests.Select(r => r.AthleteKey)).Concat(sheet.Races.Select(r => r.AthleteKey)).Distinct(StringComparer.Ordinal);
        var resolved = new Dictionary<string, Athlete>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var handle = _options.Map.Athletes.TryGetValue(key, out var mapped) ? mapped : string.IsNullOrEmpty(key) ? _options.Athlete : key;
            if (handle is null)
            {
                diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Error, "import.athlete", "rows without an athlete: pass --athlete HANDLE or use a mapping with an athlete column", file));
                continue;
            }

            var athlete = FindOrCreate(handle, batch, out var problem);
            if (athlete is null)
            {
                diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Error, "import.athlete", $"{problem}; its rows were not imported", file, Field: key));
                continue;
            }

            resolved[key] = athlete;
        }

        return resolved;
    }

    /// <summary>The batch was written: athletes it created are now part of the store.</summary>
    public void Commit(StoreBatch batch) => CreatedCount += batch.Athletes.Count;

    /// <summary>The batch failed: forget the athletes it would have created.</summary>
    public void Rollback(StoreBatch batch)
    {
        foreach (var athlete in batch.Athletes)
        {
            _byHandle.Remove(athlete.Handle);
            _byId.Remove(athlete.Id);
        }
    }

    private Athlete? FindOrCreate(string keyOrHandle, StoreBatch? batch, out string? problem)
    {
        problem = null;
        if (Find(keyOrHandle) is { } existing) return existing;
        var handle = AsHandle(keyOrHandle);
        if (Find(handle) is { } byHandle) return byHandle;
        if (!_options.CreateAthletes || batch is null)
        {
            problem = $"no athlete '{keyOrHandle}' in the store (add it, map it with --map, or pass --create-athletes)";
            return null;
        }

        var athlete = new Athlete { Id = AthleteId.New(), Handle = handle, TimeZoneId = _options.TimeZone };
        batch.Athletes.Add(athlete);
        Remember(athlete);
        return athlete;
    }

    private Athlete? Find(string handleOrId) =>
        _byHandle.TryGetValue(handleOrId, out var athlete) ? athlete
        : AthleteId.TryParse(handleOrId, out var id) && _byId.TryGetValue(id, out athlete) ? athlete
        : null;

    private void Remember(Athlete athlete)
    {
        _byHandle[athlete.Handle] = athlete;
        _byId[athlete.Id] = athlete;
    }

    /// <summary>A sheet key as a handle: lower case, anything but a–z, 0–9, '-' and '_' becomes '-'.</summary>
    internal static string AsHandle(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key.Trim().ToLower(CultureInfo.InvariantCulture))
            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' ? c : '-');
        var handle = builder.ToString().Trim('-');
        return handle.Length == 0 ? "athlete" : handle.Length > 64 ? handle[..64] : handle;
    }
}
