using System.Globalization;
using System.Text.Json;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Reads the JSON form of a <see cref="SheetMapping"/> (docs/sheets.md) with <see cref="JsonDocument"/>: syntax
/// errors name line and column, shape errors name the JSON path, unknown properties are warned about (a typo in
/// "sleepDurationHours" should not silently import nothing).
/// </summary>
internal static class MappingJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static DecodeResult<SheetMapping> Parse(string json, string? file)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            return DecodeResult.Failure<SheetMapping>(new FormatDiagnostic(
                DiagnosticSeverity.Error,
                "sheet.mapping.json",
                "the mapping is not valid JSON: " + FirstSentence(ex.Message),
                file,
                Line: ex.LineNumber is { } l ? (int)l + 1 : null,
                Column: ex.BytePositionInLine is { } c ? (int)c + 1 : null));
        }

        using (document)
        {
            var reader = new Reader(file);
            var mapping = reader.ReadMapping(document.RootElement);
            if (mapping is null || reader.Problems.Any(p => p.Severity == DiagnosticSeverity.Error))
                return DecodeResult.Failure<SheetMapping>(reader.Problems);

            var all = reader.Problems.Concat(mapping.Check(file)).ToArray();
            return all.Any(p => p.Severity == DiagnosticSeverity.Error) ? DecodeResult.Failure<SheetMapping>(all) : DecodeResult.Success(mapping, all);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class Reader(string? file)
    {
        public List<FormatDiagnostic> Problems { get; } = [];

        public SheetMapping? ReadMapping(JsonElement root)
        {
            if (!Expect(root, JsonValueKind.Object, "$")) return null;
            string name = "custom", timeZone = "UTC";
            char? delimiter = null;
            AthleteSource? athlete = null;
            IReadOnlyList<string> missing = SheetMapping.DefaultMissingValues;
            IReadOnlyList<string> empty = [];
            var records = new List<SheetRecordMapping>();
            foreach (var property in root.EnumerateObject())
            {
                var path = property.Name;
                var value = property.Value;
                switch (property.Name.ToUpperInvariant())
                {
                    case "NAME": name = String(value, path) ?? name; break;
                    case "TIMEZONE": timeZone = String(value, path) ?? timeZone; break;
                    case "DELIMITER": delimiter = Delimiter(value, path); break;
                    case "ATHLETE": athlete = ReadAthlete(value, path); break;
                    case "MISSINGVALUES": missing = Strings(value, path) ?? missing; break;
                    case "EMPTYROWMARKERS": empty = Strings(value, path) ?? empty; break;
                    case "RECORDS":
                        if (!Expect(value, JsonValueKind.Array, path)) break;
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            if (ReadRecord(item, string.Create(CultureInfo.InvariantCulture, $"records[{i++}]")) is { } record) records.Add(record);
                        }

                        break;
                    default: Unknown(path); break;
                }
            }

            return new SheetMapping
            {
                Name = name,
                TimeZone = timeZone,
                Delimiter = delimiter,
                Athlete = athlete,
                MissingValues = missing,
                EmptyRowMarkers = empty,
                Records = records,
            };
        }

        private SheetRecordMapping? ReadRecord(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Object, path)) return null;
            SheetRecordKind? kind = null;
            var fields = new Dictionary<string, ColumnSpec>(StringComparer.OrdinalIgnoreCase);
            var merge = false;
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name.ToUpperInvariant())
                {
                    case "KIND":
                        var text = String(property.Value, p);
                        if (text is not null && Enum.TryParse<SheetRecordKind>(text, true, out var parsed) && !int.TryParse(text, out _)) kind = parsed;
                        else if (text is not null) Error(p, $"'{text}' is not a record kind; expected one of {string.Join(", ", Enum.GetNames<SheetRecordKind>())}");
                        break;
                    case "FIELDS":
                        if (!Expect(property.Value, JsonValueKind.Object, p)) break;
                        foreach (var field in property.Value.EnumerateObject())
                        {
                            if (ReadSpec(field.Value, p + "." + field.Name) is { } spec) fields[field.Name] = spec;
                        }

                        break;
                    case "MERGESTATUSREPORTS":
                        if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) merge = property.Value.GetBoolean();
                        else Error(p, "expected true or false");
                        break;
                    default:
                        Unknown(p);
                        break;
                }
            }

            if (kind is null)
            {
                Error(path + ".kind", $"missing; expected one of {string.Join(", ", Enum.GetNames<SheetRecordKind>())}");
                return null;
            }

            return new SheetRecordMapping { Kind = kind.Value, Fields = fields, MergeStatusReports = merge };
        }

        /// <summary>A spec is a column name (shorthand) or an object.</summary>
        private ColumnSpec? ReadSpec(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String) return ColumnSpec.Column(element.GetString()!);
            if (!Expect(element, JsonValueKind.Object, path)) return null;
            var spec = new ColumnSpec();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                var value = property.Value;
                switch (property.Name.ToUpperInvariant())
                {
                    case "COLUMN" or "COLUMNS":
                        spec = spec with { Columns = value.ValueKind == JsonValueKind.String ? [value.GetString()!] : Strings(value, p) ?? [] };
                        break;
                    case "VALUE": spec = spec with { Constant = Scalar(value, p) }; break;
                    case "UNIT": spec = spec with { Unit = String(value, p) }; break;
                    case "FORMAT": spec = spec with { Format = String(value, p) }; break;
                    case "VALUES": spec = spec with { Values = ValueMap(value, p) }; break;
                    case "RESCALE": spec = spec with { Rescale = Numbers(value, p) }; break;
                    case "REQUIRED":
                        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) spec = spec with { Required = value.GetBoolean() };
                        else Error(p, "expected true or false");
                        break;
                    default: Unknown(p); break;
                }
            }

            return spec;
        }

        private AthleteSource? ReadAthlete(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String) return new AthleteSource { Columns = [element.GetString()!] };
            if (!Expect(element, JsonValueKind.Object, path)) return null;
            var source = new AthleteSource();
            foreach (var property in element.EnumerateObject())
            {
                var p = path + "." + property.Name;
                switch (property.Name.ToUpperInvariant())
                {
                    case "COLUMN" or "COLUMNS":
                        source = source with { Columns = property.Value.ValueKind == JsonValueKind.String ? [property.Value.GetString()!] : Strings(property.Value, p) ?? [] };
                        break;
                    case "PATHLEVEL":
                        if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var level)) source = source with { PathLevel = level };
                        else Error(p, "expected a whole number (1 = the folder holding the file)");
                        break;
                    case "VALUE":
                        source = source with { Constant = String(property.Value, p) };
                        break;
                    default:
                        Unknown(p);
                        break;
                }
            }

            return source;
        }

        private Dictionary<string, string?>? ValueMap(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Object, path)) return null;
            var map = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in element.EnumerateObject()) map[property.Name.Trim()] = Scalar(property.Value, path + "." + property.Name);
            return map;
        }

        private double[]? Numbers(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Array, path)) return null;
            var list = new List<double>();
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Number) list.Add(item.GetDouble());
                else Error(path, "expected numbers only");
            }

            return list.ToArray();
        }

        private List<string>? Strings(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Array, path)) return null;
            var list = new List<string>();
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
                else Error(path, "expected strings only");
            }

            return list;
        }

        /// <summary>A string, number (kept as written) or null.</summary>
        private string? Scalar(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: return element.GetString();
                case JsonValueKind.Number: return element.GetRawText();
                case JsonValueKind.Null: return null;
                default:
                    Error(path, "expected a string, a number or null");
                    return null;
            }
        }

        private string? String(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.String) return element.GetString();
            Error(path, "expected a string");
            return null;
        }

        private char? Delimiter(JsonElement element, string path)
        {
            var text = String(element, path);
            if (text is null) return null;
            if (text.Equals("auto", StringComparison.OrdinalIgnoreCase)) return null;
            if (text is "\\t" or "tab") return '\t';
            if (text.Length == 1) return text[0];
            Error(path, "expected one character, \"tab\" or \"auto\"");
            return null;
        }

        private bool Expect(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind == kind) return true;
            Error(path, $"expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {element.ValueKind.ToString().ToLowerInvariant()}");
            return false;
        }

        private void Error(string path, string message) =>
            Problems.Add(new FormatDiagnostic(DiagnosticSeverity.Error, "sheet.mapping.invalid", message, file, Field: path));

        private void Unknown(string path) =>
            Problems.Add(new FormatDiagnostic(DiagnosticSeverity.Warning, "sheet.mapping.unknown", "unknown property; it is ignored", file, Field: path));
    }
}
