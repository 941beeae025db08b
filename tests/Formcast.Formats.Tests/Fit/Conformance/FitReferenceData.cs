using System.Globalization;
using System.Text.Json;
using Formcast.Formats.Fit;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>
/// Expectations from reference data files shipped with the corpus: python-fitparse record CSVs (ANT FIT SDK dump
/// tool) and the Garmin FIT SDK's expected values converted to JSON.
/// </summary>
internal static class FitReferenceData
{
    private static readonly string[] CsvFields = ["heart_rate", "cadence", "speed", "distance", "position_lat", "position_long", "altitude", "temperature"];

    /// <summary>
    /// python-fitparse tests/test.py <c>_csv_test_helper</c>: every record equals its CSV row, counts equal. Rules of
    /// the dump tool (from that helper): timestamps are PDT text (UTC − 7 h); an invalid cadence is written 0 and an
    /// invalid position repeats the last valid one; empty cells are absent; floats agree to 7 decimal places. Unlike
    /// the helper (which overwrites CSV integers with the decoded ones), integers are compared too.
    /// </summary>
    public static CheckResult RecordCsv(FitCorpusFile file, string csvPath)
    {
        var rows = File.ReadAllLines(csvPath).Skip(1).Select(l => l.Split(',')).ToList();
        var records = file.Messages(FitMessageNumbers.Record).ToList();
        if (rows.Count != records.Count) return CheckResult.Fail($"CSV {rows.Count} rows, decoded {records.Count} records");
        long? lastLat = null, lastLong = null;
        var compared = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var record = records[r];
            var row = rows[r];
            var time = record.Timestamp!.Value.AddHours(-7).ToString("ddd MMM dd HH:mm:ss 'PDT' yyyy", CultureInfo.InvariantCulture);
            if (time != row[0]) return CheckResult.Fail($"row {r + 1}: timestamp {time} vs CSV {row[0]}");
            for (var c = 0; c < CsvFields.Length; c++)
            {
                var name = CsvFields[c];
                var cell = row[c + 1];
                var field = record.Field(name);
                double? value = field is { HasValue: true } f && f.IsValid(0) ? (name.StartsWith("position", StringComparison.Ordinal) ? f.GetRaw() : f.GetValue()) : null;
                if (name == "position_lat") value = (double?)(lastLat = (long?)value ?? lastLat);
                if (name == "position_long") value = (double?)(lastLong = (long?)value ?? lastLong);
                if (value is null && name == "cadence" && cell == "0") cell = "";
                compared++;
                if (cell.Length == 0 && value is null) continue;
                if (cell.Length == 0 || value is null ||
                    Math.Round(value.Value - double.Parse(cell, CultureInfo.InvariantCulture), 7) != 0)
                {
                    return CheckResult.Fail($"row {r + 1} {name}: decoded {value?.ToString(CultureInfo.InvariantCulture) ?? "none"}, CSV '{cell}'");
                }
            }
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows, {compared} values"));
    }

    /// <summary>
    /// python-fitparse test_component_field_accumulaters: the first record (timestamp only, from a compressed header)
    /// is 17217864; the next records equal compressed-speed-distance-records.csv (integer timestamps, heart rate and
    /// cadence exact, speed and distance to 7 places); the loop ends at index 753 (754 rows).
    /// </summary>
    public static CheckResult CompressedSpeedDistanceCsv(FitCorpusFile file, string csvPath)
    {
        var rows = File.ReadAllLines(csvPath).Skip(1).Select(l => l.Split(',')).ToList();
        var records = file.Messages(FitMessageNumbers.Record).ToList();
        if (records.Count == 0 || records[0].RawTimestamp != 17217864) return CheckResult.Fail($"first record timestamp {records.FirstOrDefault()?.RawTimestamp}");
        var count = Math.Min(rows.Count, records.Count - 1);
        for (var i = 0; i < count; i++)
        {
            var record = records[i + 1];
            var row = rows[i];
            long? Int(string s) => s == "null" ? null : long.Parse(s, CultureInfo.InvariantCulture);
            bool Near(double? v, string s) => v is { } x && Math.Round(x - double.Parse(s, CultureInfo.InvariantCulture), 7) == 0;
            if (record.RawTimestamp != Int(row[0]) || record.GetRaw(3) != Int(row[1]) || record.GetRaw(4) != Int(row[4]) ||
                !Near(record.GetValue(6), row[2]) || !Near(record.GetValue(5), row[3]))
            {
                return CheckResult.Fail($"row {i + 1}: decoded {record.RawTimestamp},{record.GetRaw(3)},{record.GetValue(6)},{record.GetValue(5)},{record.GetRaw(4)} vs CSV {string.Join(",", row)}");
            }
        }

        return CheckResult.Of(count == 754, string.Create(CultureInfo.InvariantCulture, $"{count} rows compared (expected 754)"));
    }

    /// <summary>Garmin FIT SDK test_hr_message_component_expansion: every hr event_timestamp ≈ the expected list (rel 1e-6).</summary>
    public static CheckResult HrEventTimestamps(FitCorpusFile file, string jsonPath)
    {
        var expected = JsonSerializer.Deserialize<double[]>(File.ReadAllText(jsonPath))!;
        var actual = file.Messages(FitMessageNumbers.Hr).SelectMany(m => m.Field(9) is { } f ? f.GetValues() : []).ToArray();
        if (actual.Length != expected.Length) return CheckResult.Fail($"expected {expected.Length} event timestamps, decoded {actual.Length}");
        for (var i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(actual[i] - expected[i]) > 1e-6 * Math.Abs(expected[i]))
                return CheckResult.Fail(string.Create(CultureInfo.InvariantCulture, $"event timestamp {i}: expected {expected[i]}, decoded {actual[i]}"));
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{expected.Length} values"));
    }

    /// <summary>Garmin FIT SDK test_expand_heart_rates: expanded samples equal the expected timestamps and heart rates.</summary>
    public static CheckResult ExpandedHeartRates(FitCorpusFile file, string jsonPath)
    {
        var expected = TimeAndHeartRate(jsonPath);
        var actual = FitHeartRates.Expand(file.Messages(FitMessageNumbers.Hr).Select(m => new FitHr(m)));
        if (actual.Count != expected.Count) return CheckResult.Fail($"expected {expected.Count} samples, expanded {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            if (Math.Abs(actual[i].FitSeconds - expected[i].Time) > 1e-6 || actual[i].HeartRateBpm != expected[i].HeartRate)
                return CheckResult.Fail(string.Create(CultureInfo.InvariantCulture, $"sample {i}: expected {expected[i]}, expanded {actual[i]}"));
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{expected.Count} samples, |Δt| ≤ 1e-6 s"));
    }

    /// <summary>Garmin FIT SDK test_hr_mesgs_to_record_mesgs: after merging, record timestamps and heart rates equal the list.</summary>
    public static CheckResult MergedHeartRates(FitCorpusFile file, string jsonPath)
    {
        var expected = TimeAndHeartRate(jsonPath);
        var records = file.Messages(FitMessageNumbers.Record).ToList();
        if (records.Count != expected.Count) return CheckResult.Fail($"expected {expected.Count} records, decoded {records.Count}");
        var samples = FitHeartRates.Expand(file.Messages(FitMessageNumbers.Hr).Select(m => new FitHr(m)));
        var times = records.Select(r => (double)r.RawTimestamp!.Value).ToArray();
        var merged = new double[times.Length];
        FitHeartRates.Merge(samples, times, merged);
        for (var i = 0; i < expected.Count; i++)
        {
            var heartRate = double.IsNaN(merged[i]) ? records[i].GetValue(3) : merged[i];
            if (times[i] != expected[i].Time || heartRate != expected[i].HeartRate)
                return CheckResult.Fail(string.Create(CultureInfo.InvariantCulture, $"record {i}: expected {expected[i]}, decoded ({times[i]}, {heartRate})"));
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{expected.Count} records"));
    }

    /// <summary>Garmin FIT SDK test_sub_field_and_component_expansion: gear change events equal the expected fields.</summary>
    public static CheckResult GearChanges(FitCorpusFile file, string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        var expected = document.RootElement.EnumerateArray().ToList();
        var events = file.Messages(FitMessageNumbers.Event).Where(e => e.Field("gear_change_data") is not null).ToList();
        if (events.Count != expected.Count) return CheckResult.Fail($"expected {expected.Count} gear events, decoded {events.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var m = events[i];
            long? Json(string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt64() : null;
            var same = Json("timestamp") == m.RawTimestamp && Json("rear_gear_num") == m.GetRaw(11) && Json("rear_gear") == m.GetRaw(12)
                && Json("front_gear_num") == m.GetRaw(9) && Json("front_gear") == m.GetRaw(10) && Json("data") == m.GetRaw(3)
                && Json("gear_change_data") == m.Field("gear_change_data")!.Value.GetRaw();
            if (!same) return CheckResult.Fail($"gear event {i}: expected {e}, decoded {m.GetRaw(11)},{m.GetRaw(12)},{m.GetRaw(9)},{m.GetRaw(10)},{m.GetRaw(3)}");
        }

        return CheckResult.Pass(string.Create(CultureInfo.InvariantCulture, $"{expected.Count} events × 7 fields"));
    }

    private static List<(double Time, double HeartRate)> TimeAndHeartRate(string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        return document.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("timestamp").GetDouble(), e.GetProperty("heart_rate").GetDouble()))
            .ToList();
    }
}
