using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Formcast.Core;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Reads one sheet with one mapping: header binding, then row by row into Core records. Bad rows are reported and
/// skipped; the rest of the sheet imports. After the rows: wellness entries are made unique per athlete-day (the
/// later row wins) and injury status reports are merged into episodes when the mapping asks for it.
/// </summary>
internal sealed class SheetReader
{
    private readonly SheetMapping _mapping;
    private readonly SheetImportOptions _options;
    private readonly DiagnosticCollector _diagnostics;
    private readonly string _file;
    private readonly List<SheetRow<WellnessEntry>> _wellness = [];
    private readonly List<SheetRow<SessionRpe>> _rpe = [];
    private readonly List<SheetRow<Injury>> _injuries = [];
    private readonly List<SheetRow<PerformanceTest>> _tests = [];
    private readonly List<SheetRow<RaceResult>> _races = [];
    private readonly List<InjuryEpisodes.Report> _reports = [];
    private int _rows;
    private int _skipped;

    public SheetReader(SheetMapping mapping, SheetImportOptions options, string file)
    {
        _mapping = mapping;
        _options = options;
        _file = file;
        _diagnostics = new DiagnosticCollector(file, "csv", options.MaxDiagnostics);
    }

    public SheetImportResult Read(string text)
    {
        foreach (var problem in _mapping.Check(_file)) _diagnostics.Add(problem);
        var zoneId = _options.TimeZone ?? _mapping.TimeZone;
        if (!TimeZones.IsKnown(zoneId))
        {
            _diagnostics.Add(DiagnosticSeverity.Error, "sheet.timezone", $"'{zoneId}' is not a known IANA time zone");
        }

        if (_diagnostics.HasErrors) return Result();
        var zone = TimeZones.FindOrUtc(zoneId);

        var delimiter = _mapping.Delimiter ?? CsvParser.DetectDelimiter(text);
        var parser = new CsvParser(text, delimiter, _diagnostics);
        var fields = new List<CsvField>();
        if (!ReadHeader(parser, fields, out var header)) return Result();

        var athlete = BindAthlete(header);
        if (athlete is null) return Result();
        var plans = _mapping.Records.Select(r => BindRecord(r, header)).Where(p => p is not null).Select(p => p!).ToArray();
        if (plans.Length == 0) return Result();

        var cells = new CellReader(_mapping, delimiter, zone, _diagnostics);
        while (true)
        {
            var outcome = parser.Next(fields, out var line);
            if (outcome == CsvParser.Outcome.End) break;
            if (outcome == CsvParser.Outcome.Damaged)
            {
                _rows++;
                _skipped++;
                continue;
            }

            if (fields.All(f => string.IsNullOrWhiteSpace(f.Text))) continue;
            _rows++;
            var produced = false;
            foreach (var plan in plans) produced |= ReadRow(plan, athlete, cells, fields, line);
            if (!produced) _skipped++;
        }

        if (_rows == 0) _diagnostics.Add(DiagnosticSeverity.Info, "csv.rows.none", "the sheet has a header but no data rows");
        foreach (var (key, injury, line) in InjuryEpisodes.Merge(_reports)) _injuries.Add(new SheetRow<Injury>(key, injury, line));
        RemoveDuplicateWellness();
        return Result();
    }

    private bool ReadHeader(CsvParser parser, List<CsvField> fields, out string[] header)
    {
        header = [];
        while (true)
        {
            var outcome = parser.Next(fields, out _);
            if (outcome == CsvParser.Outcome.End)
            {
                _diagnostics.Add(DiagnosticSeverity.Error, "csv.header.missing", "the sheet is empty; expected a header row naming the columns", 1);
                return false;
            }

            if (outcome == CsvParser.Outcome.Damaged) return false;
            if (fields.All(f => string.IsNullOrWhiteSpace(f.Text))) continue;
            header = fields.Select(f => f.Text.Trim().TrimStart('\uFEFF')).ToArray();
            return true;
        }
    }

    /// <summary>The row's athlete identifier source; reports and returns null when there is none.</summary>
    private Func<IReadOnlyList<CsvField>, int, string?>? BindAthlete(string[] header)
    {
        // An athlete named for the import (the pipeline's --athlete) wins over the mapping's source.
        if (_options.AthleteKey is { Length: > 0 } given) return (_, _) => given;
        var source = _mapping.Athlete;
        if (source?.Constant is { } constant) return (_, _) => constant;
        if (source?.PathLevel is { } level)
        {
            var folder = FolderAt(_file, level);
            if (folder is null)
            {
                _diagnostics.Add(DiagnosticSeverity.Error, "sheet.athlete.path",
                    string.Create(CultureInfo.InvariantCulture, $"the file path has no folder at level {level} to name the athlete"));
                return null;
            }

            return (_, _) => folder;
        }

        if (source is { Columns.Count: > 0 })
        {
            var index = FindColumn(header, source.Columns);
            if (index < 0)
            {
                _diagnostics.Add(DiagnosticSeverity.Error, "csv.column.missing",
                    $"no athlete column ({string.Join(" or ", source.Columns)}); the header has: {string.Join(", ", header)}", 1, field: "athlete");
                return null;
            }

            var name = header[index];
            return (row, line) =>
            {
                var key = index < row.Count ? row[index].Text.Trim() : "";
                if (key.Length > 0) return key;
                _diagnostics.Add(DiagnosticSeverity.Error, "csv.athlete.missing", "the athlete cell is empty; the row is skipped", line, index + 1, name);
                return null;
            };
        }

        _diagnostics.Add(DiagnosticSeverity.Error, "sheet.athlete.none",
            "the mapping names no athlete source (column, pathLevel or value) and no athlete key was given for the import");
        return null;
    }

    private RecordPlan? BindRecord(SheetRecordMapping record, string[] header)
    {
        var fields = new Dictionary<string, FieldPlan>(StringComparer.OrdinalIgnoreCase);
        var usable = true;
        foreach (var (name, spec) in record.Fields)
        {
            var def = FieldCatalog.Find(record.Kind, name)!;
            var sheetUnit = Units.Resolve(spec.Unit)?.Unit;
            if (spec.Constant is not null)
            {
                fields[def.Name] = new FieldPlan(def, spec, -1, null, sheetUnit);
                continue;
            }

            var index = FindColumn(header, spec.Columns);
            if (index < 0)
            {
                var required = spec.Required ?? def.Required;
                _diagnostics.Add(required ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "csv.column.missing",
                    $"{record.Kind} field '{def.Name}' expects a column {string.Join(" or ", spec.Columns.Select(c => "'" + c + "'"))}, which the header lacks " +
                    $"(it has: {string.Join(", ", header)}); {(required ? "no " + record.Kind + " records can be read" : "the field is not imported")}",
                    1,
                    field: def.Name);
                usable &= !required;
                continue;
            }

            fields[def.Name] = new FieldPlan(def, spec, index, header[index], sheetUnit);
        }

        return usable ? new RecordPlan(record, fields) : null;
    }

    /// <summary>Reads one row for one record mapping; true when at least one record came out.</summary>
    private bool ReadRow(RecordPlan plan, Func<IReadOnlyList<CsvField>, int, string?> athlete, CellReader cells, List<CsvField> row, int line)
    {
        var dateField = FieldCatalog.DateField(plan.Mapping.Kind);
        var values = plan.Fields.Values.Where(f => !f.IsConstant && !f.Def.Name.Equals(dateField, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (values.Length > 0 && values.All(f => cells.IsBlank(f, row)) && !plan.Mapping.MergeStatusReports)
        {
            _diagnostics.Add(DiagnosticSeverity.Warning, "csv.row.empty",
                $"every {plan.Mapping.Kind} value of the row is empty or a no-answer marker; the row is skipped", line);
            return false;
        }

        var key = athlete(row, line);
        if (key is null) return false;
        cells.RowFailed = false;
        var date = cells.Date(plan[dateField]!, row, line);
        var builder = new RecordBuilder(plan, cells, row, line, key, _options.ResolveAthlete?.Invoke(key) ?? default, _mapping.Name);
        var before = RecordCount();
        switch (plan.Mapping.Kind)
        {
            case SheetRecordKind.Wellness: Add(_wellness, key, builder.Wellness(date), line); break;
            case SheetRecordKind.SessionRpe: Add(_rpe, key, builder.SessionRpe(date), line); break;
            case SheetRecordKind.PerformanceTest: Add(_tests, key, builder.Test(date), line); break;
            case SheetRecordKind.Race: Add(_races, key, builder.Race(date), line); break;
            case SheetRecordKind.Injury:
                var injuries = builder.Injuries(date, out var report);
                if (report is not null && !cells.RowFailed)
                {
                    _reports.Add(report);
                    return true;
                }

                foreach (var injury in injuries) Add(_injuries, key, injury, line);
                break;
        }

        return RecordCount() > before;
    }

    private void Add<T>(List<SheetRow<T>> list, string key, T? record, int line)
        where T : class
    {
        if (record is null) return;
        var problem = record switch
        {
            WellnessEntry w => w.Validate(),
            SessionRpe s => s.Validate(),
            Injury i => i.Validate(),
            PerformanceTest t => t.Validate(),
            RaceResult r => r.Validate(),
            _ => null,
        };
        if (problem is not null)
        {
            _diagnostics.Add(DiagnosticSeverity.Error, "sheet.record.invalid", problem + "; the row is skipped", line);
            return;
        }

        list.Add(new SheetRow<T>(key, record, line));
    }

    private void RemoveDuplicateWellness()
    {
        var latest = new Dictionary<(string, DateOnly), int>();
        var keep = new bool[_wellness.Count];
        for (var i = 0; i < _wellness.Count; i++)
        {
            var row = _wellness[i];
            var id = (row.AthleteKey, row.Record.Date);
            if (latest.TryGetValue(id, out var earlier))
            {
                keep[earlier] = false;
                _diagnostics.Add(DiagnosticSeverity.Warning, "csv.row.duplicate",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{row.AthleteKey} has another wellness row for {row.Record.Date:yyyy-MM-dd} (line {_wellness[earlier].Line}); the later row, line {row.Line}, is kept"),
                    row.Line);
            }

            latest[id] = i;
            keep[i] = true;
        }

        var kept = _wellness.Where((_, i) => keep[i]).ToList();
        _wellness.Clear();
        _wellness.AddRange(kept);
    }

    private int RecordCount() => _wellness.Count + _rpe.Count + _injuries.Count + _tests.Count + _races.Count + _reports.Count;

    private SheetImportResult Result() => new()
    {
        Wellness = _wellness.ToArray(),
        SessionRpe = _rpe.ToArray(),
        Injuries = _injuries.ToArray(),
        Tests = _tests.ToArray(),
        Races = _races.ToArray(),
        Diagnostics = _diagnostics.ToList(),
        RowCount = _rows,
        SkippedRowCount = _skipped,
    };

    private static int FindColumn(string[] header, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var index = Array.FindIndex(header, h => h.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return index;
        }

        return -1;
    }

    private static string? FolderAt(string file, int level)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        for (var i = 1; i < level && directory is not null; i++) directory = Path.GetDirectoryName(directory);
        var name = directory is null ? null : Path.GetFileName(directory);
        return string.IsNullOrEmpty(name) ? null : name;
    }

    /// <summary>An identifier that is the same each time the same injury is imported, so re-imports do not duplicate it.</summary>
    internal static InjuryId StableInjuryId(string athleteKey, DateOnly onset, string bodyPart)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"injury|{athleteKey}|{onset:yyyy-MM-dd}|{bodyPart}")));
        return new InjuryId(new Guid(hash.AsSpan(0, 16)));
    }
}
