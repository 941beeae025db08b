using System.Globalization;
using System.Text.Json;
using Formcast.Formats.Fit;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>
/// Cross-checks against <c>_survey-fitdecode-0.11.0.json</c>: every corpus file decoded by fitdecode 0.11.0 (headers,
/// CRCs, message counts, file_id, session sports, first/last record time, compressed-timestamp, developer-field and
/// big-endian-definition counts). A third-party decoding, used as a cross-check.
/// </summary>
internal static class FitSurvey
{
    // Global numbers of message names fitdecode knows and Formcast's profile does not (FIT profile mesg_num).
    private static readonly Dictionary<string, ushort> OtherMessages = new(StringComparer.Ordinal)
    {
        ["device_settings"] = 2, ["hrm_profile"] = 4, ["bike_profile"] = 6, ["zones_target"] = 7, ["hr_zone"] = 8,
        ["power_zone"] = 9, ["training_settings"] = 13, ["weight_scale"] = 30, ["length"] = 101, ["monitoring_info"] = 103,
        ["connectivity"] = 127, ["gps_metadata"] = 160, ["monitoring_hr_data"] = 211, ["time_in_zone"] = 216,
    };

    // FIT profile 'file' enum (FIT-FACTS §14).
    private static readonly Dictionary<string, int> FileTypes = new(StringComparer.Ordinal)
    {
        ["device"] = 1, ["settings"] = 2, ["sport"] = 3, ["activity"] = 4, ["workout"] = 5, ["course"] = 6, ["schedules"] = 7,
        ["weight"] = 9, ["totals"] = 10, ["goals"] = 11, ["blood_pressure"] = 14, ["monitoring_a"] = 15,
        ["activity_summary"] = 20, ["monitoring_daily"] = 28, ["monitoring_b"] = 32, ["segment"] = 34, ["segment_list"] = 35,
    };

    public static Dictionary<string, JsonElement> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public static IEnumerable<FitExpectation> Expectations(JsonElement survey)
    {
        const string Source = "fitdecode 0.11.0 survey";
        yield return new FitExpectation(Source, "headers (size, protocol, profile, data size, header CRC)", f => Headers(f, survey));
        // Where fitdecode stopped with an error, its CRCs and counts cover only what it read before stopping.
        var stopped = survey.GetProperty("fitdecode_error").ValueKind != JsonValueKind.Null;
        var suffix = stopped ? " (fitdecode stopped early: its values are a prefix / lower bounds)" : "";
        yield return new FitExpectation(Source, "file CRCs" + suffix, f => FileCrcs(f, survey, stopped));
        yield return new FitExpectation(Source, "message counts per type" + suffix, f => Counts(f, survey, stopped));
        yield return new FitExpectation(Source, "file_id fields" + suffix, f => FileId(f, survey, stopped));
        yield return new FitExpectation(Source, "session sports", f => Sports(f, survey));
        yield return new FitExpectation(Source, "first and last record timestamps", f => RecordTimes(f, survey));
        yield return new FitExpectation(Source, "compressed-timestamp, developer-field and big-endian counts", f => FeatureCounts(f, survey));
    }

    private static CheckResult Headers(FitCorpusFile file, JsonElement survey)
    {
        var expected = survey.GetProperty("headers").EnumerateArray().ToList();
        var segments = file.File?.Segments ?? [];
        if (expected.Count != segments.Count) return CheckResult.Fail($"survey {expected.Count} headers, decoded {segments.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var h = segments[i].Header;
            var proto = e.GetProperty("proto_ver");
            var profile = e.GetProperty("profile_ver");
            var crc = e.GetProperty("header_crc");
            var matched = e.GetProperty("header_crc_matched");
            var same = e.GetProperty("header_size").GetInt32() == h.Size
                && proto[0].GetInt32() == h.ProtocolMajor && proto[1].GetInt32() == h.ProtocolMinor
                && profile[0].GetInt32() == h.ProfileVersion / 100 && profile[1].GetInt32() == h.ProfileVersion % 100
                && e.GetProperty("body_size").GetInt64() == h.DataSize
                && (crc.ValueKind == JsonValueKind.Null ? h.Crc is null or 0 : crc.GetInt32() == h.Crc)
                && (matched.ValueKind == JsonValueKind.Null
                    ? segments[i].HeaderCrcValid is null
                    : matched.GetBoolean() == (segments[i].HeaderCrcValid ?? h.Crc == 0));
            if (!same) return CheckResult.Fail($"header {i} differs: survey {e}, decoded {h} (CRC valid {segments[i].HeaderCrcValid})");
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{expected.Count} headers"));
    }

    private static CheckResult FileCrcs(FitCorpusFile file, JsonElement survey, bool stopped)
    {
        var expected = survey.GetProperty("file_crcs").EnumerateArray().ToList();
        var complete = (file.File?.Segments ?? []).Where(s => s.IsComplete).ToList();
        if (stopped ? expected.Count > complete.Count : expected.Count != complete.Count) return CheckResult.Fail($"survey {expected.Count} file CRCs, decoded {complete.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].GetProperty("file_crc").GetInt32() != complete[i].StoredCrc || expected[i].GetProperty("matched").GetBoolean() != complete[i].CrcValid)
                return CheckResult.Fail($"file CRC {i}: survey {expected[i]}, decoded stored {complete[i].StoredCrc} computed {complete[i].ComputedCrc}");
        }

        return CheckResult.Pass(string.Join(", ", expected.Select(e => e.GetProperty("matched").GetBoolean() ? "match" : "mismatch")));
    }

    private static CheckResult Counts(FitCorpusFile file, JsonElement survey, bool stopped)
    {
        var messages = file.File?.Messages ?? [];
        var expected = survey.GetProperty("message_counts").EnumerateObject().ToList();
        var problems = new List<string>();
        var total = 0;
        foreach (var entry in expected)
        {
            total += entry.Value.GetInt32();
            var number = Number(entry.Name);
            var actual = messages.Count(m => m.GlobalNumber == number);
            if (stopped ? actual < entry.Value.GetInt32() : actual != entry.Value.GetInt32()) problems.Add($"{entry.Name}: survey {entry.Value.GetInt32()}, decoded {actual}");
        }

        if (stopped ? messages.Count < total : messages.Count != total) problems.Add(string.Create(CultureInfo.InvariantCulture, $"total: survey {total}, decoded {messages.Count}"));
        return problems.Count == 0
            ? CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{total} messages in {expected.Count} types"))
            : CheckResult.Fail(string.Join("; ", problems));
    }

    private static ushort Number(string name)
    {
        if (name.StartsWith("unknown_", StringComparison.Ordinal)) return ushort.Parse(name.AsSpan(8), CultureInfo.InvariantCulture);
        if (OtherMessages.TryGetValue(name, out var other)) return other;
        return FitProfile.Messages.Single(m => m.Name == name).Number;
    }

    private static CheckResult FileId(FitCorpusFile file, JsonElement survey, bool stopped)
    {
        var expected = survey.GetProperty("file_id");
        var message = file.Messages(FitMessageNumbers.FileId).FirstOrDefault();
        if (expected.ValueKind == JsonValueKind.Null && stopped) return CheckResult.Pass("fitdecode stopped before any file_id");
        if (expected.ValueKind == JsonValueKind.Null) return CheckResult.Of(message is null, message is null ? "no file_id" : "decoded a file_id the survey lacks");
        if (message is null) return CheckResult.Fail("no file_id decoded");
        var problems = new List<string>();
        var compared = new List<string>();
        void Check(string name, string? text, long? actual, Func<string, long?> parse)
        {
            if (text is null || text == "None")
            {
                if (actual is not null) problems.Add($"{name}: survey none, decoded {actual}");
                return;
            }

            if (parse(text) is not { } value) return; // a name outside Formcast's tables: not comparable
            compared.Add(name);
            if (value != actual) problems.Add($"{name}: survey {text} ({value}), decoded {actual}");
        }

        static string? Text(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: not JsonValueKind.Null } v ? v.ToString() : null;
        Check("type", Text(expected, "type"), message.GetRaw(0), t => FileTypes.TryGetValue(t, out var v) ? v : Numeric(t));
        Check("manufacturer", Text(expected, "manufacturer"), message.GetRaw(1), t => FitNames.ManufacturerValue(t));
        var product = Text(expected, "garmin_product") ?? Text(expected, "product");
        Check("product", product, message.GetRaw(2), t => FitNames.GarminProductValue(t));
        Check("serial_number", Text(expected, "serial_number"), message.GetRaw(3), Numeric);
        Check("time_created", Text(expected, "time_created"), message.GetRaw(4), SurveyTime);
        return problems.Count == 0 ? CheckResult.Pass(string.Join(", ", compared)) : CheckResult.Fail(string.Join("; ", problems));
    }

    private static CheckResult Sports(FitCorpusFile file, JsonElement survey)
    {
        var expected = survey.GetProperty("session_sports").EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Null ? null : (long?)FitNames.SportValue(e.GetString()))
            .ToList();
        var actual = file.Messages(FitMessageNumbers.Session).Select(m => m.GetRaw(5)).ToList();
        return CheckResult.Of(expected.SequenceEqual(actual), $"survey [{string.Join(",", expected)}], decoded [{string.Join(",", actual)}]");
    }

    private static CheckResult RecordTimes(FitCorpusFile file, JsonElement survey)
    {
        var records = file.Messages(FitMessageNumbers.Record).Where(r => r.RawTimestamp is not null).ToList();
        long? first = records.Count > 0 ? records[0].RawTimestamp : null;
        long? last = records.Count > 0 ? records[^1].RawTimestamp : null;
        var f = survey.GetProperty("record_first_timestamp");
        var l = survey.GetProperty("record_last_timestamp");
        long? expectedFirst = f.ValueKind == JsonValueKind.Null ? null : SurveyTime(f.GetString()!);
        long? expectedLast = l.ValueKind == JsonValueKind.Null ? null : SurveyTime(l.GetString()!);
        return CheckResult.Of(expectedFirst == first && expectedLast == last, $"survey {f}..{l}, decoded {first}..{last} (FIT seconds)");
    }

    private static CheckResult FeatureCounts(FitCorpusFile file, JsonElement survey)
    {
        var messages = file.File?.Messages ?? [];
        var compressed = messages.Count(m => m.HasCompressedTimestamp);
        var developer = messages.Count(m => m.DeveloperFields.Count > 0);
        var bigEndian = (file.File?.Segments ?? []).Sum(s => s.BigEndianDefinitionCount);
        var e = (survey.GetProperty("data_msgs_with_compressed_ts_header").GetInt32(),
            survey.GetProperty("data_msgs_with_developer_fields").GetInt32(),
            survey.GetProperty("big_endian_definitions").GetInt32());
        return CheckResult.Of(e == (compressed, developer, bigEndian), $"survey {e}, decoded {(compressed, developer, bigEndian)}");
    }

    private static long? Numeric(string text) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>"2018-03-24 13:09:49+00:00" → FIT seconds; a bare integer is already FIT seconds (relative time).</summary>
    internal static long? SurveyTime(string text)
    {
        if (Numeric(text) is { } relative) return relative;
        var time = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return (long)(time - FitTime.Epoch).TotalSeconds;
    }
}
