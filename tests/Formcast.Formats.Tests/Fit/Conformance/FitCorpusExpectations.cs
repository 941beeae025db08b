using System.Globalization;
using Formcast.Formats.Fit;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>
/// The expectations the corpus ships for its FIT files (formats/fit/PROVENANCE.md and FIT-FACTS.md): the outcome each
/// source's tests expect, and the values asserted by python-fitparse, fitdecode, tormoder/fit and the Garmin FIT SDK.
/// Paths are relative to formats/fit/.
/// </summary>
internal static class FitCorpusExpectations
{
    private const string Fitparse = "python-fitparse tests/test.py";
    private const string Fitdecode = "fitdecode tests/test_reader.py";
    private const string Tormoder = "tormoder/fit reader_test.go";
    private const string Gpy = "Garmin FIT SDK tests/test_decoder.py";
    private const string Survey = "fitdecode 0.11.0 survey";
    private const string Sdk = "garmin-fit-python-sdk/synthetic-vectors/";

    /// <summary>
    /// Expected strict-mode outcome: null = decodes without error; otherwise the first error's code. Files not listed
    /// must decode (python-fitparse "must parse" lists, tormoder "decode must succeed", Garmin SDK "0 errors", and the
    /// survey's matching CRCs). Each failure entry says which source calls the file broken.
    /// </summary>
    public static readonly Dictionary<string, (string? Code, string Source)> Outcomes = new(StringComparer.Ordinal)
    {
        ["python-fitparse/activity-filecrc.fit"] = ("fit.crc.file", $"{Fitparse} test_invalid_crc (FitCRCError)"),
        ["tormoder-fit/corrupt/activity-filecrc.fit"] = ("fit.crc.file", $"{Tormoder} wantErr; survey: file CRC mismatch"),
        ["python-fitparse/activity-unexpected-eof.fit"] = ("fit.eof.record", $"{Fitparse} test_unexpected_eof (FitEOFError)"),
        ["tormoder-fit/corrupt/activity-unexpected-eof.fit"] = ("fit.eof.record", $"{Tormoder} wantErr"),
        ["python-fitparse/activity-activity-filecrc.fit"] = ("fit.crc.file", $"{Fitparse} test_invalid_chained_files (FitCRCError)"),
        ["tormoder-fit/chained/activity-activity-filecrc.fit"] = ("fit.crc.file", $"{Tormoder} TestDecodeChained: 2 files, error"),
        ["python-fitparse/activity-settings-corruptheader.fit"] = ("fit.header.signature", $"{Fitparse} test_invalid_chained_files (FitHeaderError)"),
        ["tormoder-fit/chained/activity-settings-corruptheader.fit"] = ("fit.header.signature", $"{Tormoder} TestDecodeChained: 1 file, error"),
        ["python-fitparse/activity-settings-nodata.fit"] = ("fit.eof.definition", $"{Fitparse} test_invalid_chained_files (FitEOFError)"),
        ["tormoder-fit/chained/activity-settings-nodata.fit"] = ("fit.eof.definition", $"{Tormoder} TestDecodeChained: 2 files, error"),
        ["python-fitparse/nick.fit"] = ("fit.record.overrun", $"{Fitparse} test_unterminated_file: 'not properly terminated', parsed only with check_crc=False; survey: FitEOFError @ 403456"),
        ["python-fitparse/strava-android-app-201.10-b1218918.fit"] = ("fit.record.undefined", $"{Survey}: fitdecode stops @ 7471 (local message 11 not defined); the file ends 17 bytes before the record area its header declares"),
        [Sdk + "fit_file_invalid.fit"] = ("fit.header.signature", $"{Gpy} check_integrity False; survey: not a FIT file"),
        [Sdk + "fit_file_incorrect_data_size.fit"] = ("fit.crc.header", $"{Gpy} check_integrity False; survey: header CRC mismatch"),
        [Sdk + "fit_file_short_data_only.fit"] = ("fit.header.size", $"{Gpy} test_no_header_without_data_only: 1 error"),
        [Sdk + "fit_file_short_invalid_header.fit"] = ("fit.header.size", $"{Gpy} test_invalid_header_without_skip_header: 1 error"),
        [Sdk + "fit_file_short_invalid_CRC.fit"] = ("fit.crc.file", $"{Gpy} test_invalid_crc_should_fail: 1 error"),
        [Sdk + "fit_file_short_new_invalid_crc.fit"] = ("fit.crc.file", $"{Gpy} test_enable_crc_options_errors_returned: errors with CRC checks"),
        [Sdk + "fit_file_short_compressed_timestamp.fit"] = ("fit.crc.file", $"{Gpy} test_compressed_timestamp_message_should_throw: 1 error; survey: file CRC mismatch"),
        [Sdk + "fit_file_short_with_wrong_field_def_size.fit"] = ("fit.crc.header", $"{Survey}: header CRC mismatch (the SDK's reader does not check header CRCs and reports 0 errors)"),
    };

    /// <summary>Named assertions of the sources, by file.</summary>
    public static IEnumerable<(string File, FitExpectation Expectation)> Assertions()
    {
        // ---------------- python-fitparse tests/test.py (re-implemented in fitdecode tests/test_reader.py)
        // fitparse and fitdecode accumulate event_timestamp_12 from zero; the Garmin FIT SDK (followed here, see the
        // HrmPluginTestActivity expectations) seeds the accumulator with the anchor message's event_timestamp. The two
        // agree modulo the 12-bit counter's range, 4096 / 1024 = 4 s.
        yield return ("python-fitparse/event_timestamp.fit", new(Fitparse + " / " + Fitdecode, "last message's event_timestamp[0] = 863.486328125 s (modulo 4 s: SDK accumulator seeding)", f =>
        {
            var last = f.File?.Messages[^1];
            var value = last?.Field("event_timestamp")?.GetValue(0);
            var offset = value - 863.486328125;
            return CheckResult.Of(offset is { } o && o >= 0 && o % 4 == 0,
                $"{last?.Name} event_timestamp[0] = {value?.ToString(CultureInfo.InvariantCulture)} = 863.486328125 + {offset?.ToString(CultureInfo.InvariantCulture)} s");
        }));
        yield return ("python-fitparse/sample_mulitple_header.fit", new(Fitparse, "3023 messages over 4 chained files", f =>
            CheckResult.Of(f.File?.Messages.Count == 3023 && f.File.Segments.Count == 4, $"{f.File?.Messages.Count} messages, {f.File?.Segments.Count} files")));
        yield return ("python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit", new(Fitparse, "first session avg_speed = 5.86 m/s", f =>
        {
            var speed = f.Messages(FitMessageNumbers.Session).FirstOrDefault()?.GetValue(14);
            return CheckResult.Of(speed is { } s && Math.Abs(s - 5.86) < 1e-9, $"avg_speed {speed?.ToString(CultureInfo.InvariantCulture)}");
        }));
        yield return ("python-fitparse/coros-pace-2-cycling-misaligned-fields.fit", new(Fitparse, "warns of byte fallback; 11293 messages", f =>
        {
            var warned = f.Lenient.Diagnostics.Count(d => d.Code == "fit.definition.misaligned");
            return CheckResult.Of(warned > 0 && f.File?.Messages.Count == 11293 && f.Lenient.Succeeded, $"{warned} misaligned-field warnings, {f.File?.Messages.Count} messages");
        }));
        yield return ("python-fitparse/nick.fit", new(Fitparse, "parses with CRC checks off (all 14391 records of the survey)", f =>
        {
            var result = f.WithoutCrc;
            var records = result.Value?.MessagesOf(FitMessageNumbers.Record).Count();
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code}@{d.ByteOffset}");
            return CheckResult.Of(records == 14391, $"{records} records; errors: {string.Join(", ", errors)}");
        }));
        yield return ("python-fitparse/garmin-edge-500-activity.fit", new(Fitparse + " api_examples.txt", "10686 records; record 1234 values", f =>
        {
            var records = f.Messages(FitMessageNumbers.Record).ToList();
            if (records.Count != 10686) return CheckResult.Fail($"{records.Count} records");
            var r = records[1234];
            var ok = r.GetValue(2) == 128.0 && r.GetValue(4) == 0 && r.GetValue(5) == 9027.49 && r.GetValue(9) is null && r.GetValue(3) == 147
                && r.GetRaw(0) == 522265991 && r.GetRaw(1) == -947288309 && r.GetValue(7) is null && r.GetValue(6) == 8.431 && r.GetValue(13) == 19
                && r.Timestamp == new DateTimeOffset(2011, 9, 25, 13, 21, 29, TimeSpan.Zero);
            return CheckResult.Of(ok, $"record 1234: {string.Join("; ", r.Fields.Where(x => x.HasValue))}");
        }));

        // ---------------- fitdecode tests/test_reader.py test_raw_chunk_parsing
        yield return ("fitdecode/garmin-fr935-cr.fit", new(Fitdecode, "7 chained files, every byte in a frame, all CRCs match", f =>
        {
            var segments = f.Strict.Value?.Segments ?? [];
            var covered = segments.Sum(s => s.Header.Size + (long)s.Header.DataSize + 2);
            return CheckResult.Of(segments.Count == 7 && covered == f.Bytes.Length && segments.All(s => s.CrcValid && s.HeaderCrcValid != false),
                $"{segments.Count} files covering {covered} of {f.Bytes.Length} bytes");
        }));

        // ---------------- tormoder/fit reader_test.go
        foreach (var (file, files, error) in new[]
        {
            ("tormoder-fit/fitsdk/Activity.fit", 1, false),
            ("tormoder-fit/chained/activity-settings.fit", 2, false),
            ("tormoder-fit/chained/activity-activity-filecrc.fit", 2, true),
            ("tormoder-fit/chained/activity-settings-corruptheader.fit", 1, true),
            ("tormoder-fit/chained/activity-settings-nodata.fit", 2, true),
        })
        {
            yield return (file, new(Tormoder + " TestDecodeChained", $"{files} file(s), {(error ? "then an error" : "no error")}", f =>
                CheckResult.Of(f.File?.Segments.Count == files && f.Lenient.FirstError is not null == error,
                    $"{f.File?.Segments.Count} files; {FitCorpusFile.Outcome(f.Lenient)}")));
        }

        foreach (var file in new[] { "tormoder-fit/me/activity-small-fenix2-run.fit", "tormoder-fit/fitsdk/Activity.fit" })
        {
            yield return (file, new(Tormoder + " TestCheckIntegrity", "integrity check passes", f =>
                CheckResult.Of(f.Strict.Succeeded && f.Strict.Value!.Segments.All(s => s.CrcValid), FitCorpusFile.Outcome(f.Strict))));
        }

        yield return ("tormoder-fit/me/activity-small-fenix2-run.fit", new(Tormoder + " TestDecodeHeaderAndFileID", "header 0x0E/0x10/0x457/0x1DBDF/CRC 0x1EC4; file_id 4/1/1967/0xE762D9CF/invalid number/1439652761", f =>
        {
            var h = f.File!.Segments[0].Header;
            var id = f.File.FileId!.Value;
            var ok = h == new FitHeader(0x0E, 0x10, 0x457, 0x1DBDF, 0x1EC4) && id.Type == 4 && id.Manufacturer == 1 && id.Product == 1967
                && id.SerialNumber == 0xE762D9CF && id.Number is null && id.TimeCreated == DateTimeOffset.FromUnixTimeSeconds(1439652761) && id.ProductName is null;
            return CheckResult.Of(ok, $"{h}; type {id.Type}, manufacturer {id.Manufacturer}, product {id.Product}, serial {id.SerialNumber}, created {id.TimeCreated:O}");
        }));

        // ---------------- Garmin FIT SDK tests/test_decoder.py, test_hr_mesg_utils.py
        yield return ("garmin-fit-python-sdk/ActivityDevFields.fit", new(Gpy, "3601 records, 1 session; record[0].altitude −127 m (raw 1865); session developer fields by description key: [0] ≈ 3.0 (rel 0.1), [2] = [−10, 12], [3] = ['Hello!', 'Good Job!']", f =>
        {
            var records = f.Messages(FitMessageNumbers.Record).ToList();
            var session = f.Messages(FitMessageNumbers.Session).SingleOrDefault();
            if (records.Count != 3601 || session is null) return CheckResult.Fail($"{records.Count} records, session {(session is null ? "missing" : "found")}");
            var altitude = records[0].Field(2)!.Value;
            FitDeveloperValue? Key(int key) => session.DeveloperFields.FirstOrDefault(d => d.Description?.Key == key);
            var ok = altitude.GetRaw() == 1865 && altitude.GetValue() == -127
                && Key(0)?.GetValue() is { } v0 && Math.Abs(v0 - 3.0) <= 0.3
                && Key(2)?.GetValues() is [-10, 12]
                && Key(3)?.Strings is ["Hello!", "Good Job!"];
            return CheckResult.Of(ok, $"altitude {altitude.GetValue()}; dev fields {string.Join("; ", session.DeveloperFields)}");
        }));
        yield return ("garmin-fit-python-sdk/WithGearChangeData.fit", new(Gpy, "2055 messages; record[0].power 0; file_id.product 3843; record[28] power phases", f =>
        {
            var records = f.Messages(FitMessageNumbers.Record).ToList();
            double[] Phase(byte field) => records[28].Field(field)!.Value.GetValues();
            bool Near(double[] actual, params double[] expected) => actual.Length == expected.Length && actual.Zip(expected).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * p.Second);
            var ok = f.File!.Messages.Count == 2055 && records[0].GetRaw(7) == 0 && f.File.FileId!.Value.Product == 3843
                && Near(Phase(69), 337.5000052734376, 199.68750312011724) && Near(Phase(70), 75.93750118652346, 104.0625016259766)
                && Near(Phase(71), 7.031250109863283, 205.31250320800785) && Near(Phase(72), 70.31250109863284, 106.8750016699219);
            return CheckResult.Of(ok, $"{f.File.Messages.Count} messages; left_power_phase {string.Join(", ", Phase(69))}");
        }));
        yield return ("garmin-fit-python-sdk/WithGearChangeData.fit", new(Gpy + " test_expand_sub_fields_options", "rider_position = data for rider_position_change events", f =>
        {
            var events = f.Messages(FitMessageNumbers.Event).Where(e => e.GetRaw(0) == 44).ToList();
            var ok = events.Count > 0 && events.All(e => e.ResolvedField(3) is { Name: "rider_position" } p && p.GetRaw() == e.GetRaw(3));
            return CheckResult.Of(ok, $"{events.Count} rider_position_change events");
        }));
        yield return ("garmin-fit-python-sdk/WithGearChangeData.fit", new(Gpy + " test_component_expansion_options", "every record: enhanced_speed = speed, enhanced_altitude = altitude", f =>
        {
            var records = f.Messages(FitMessageNumbers.Record).ToList();
            var ok = records.All(r => r.GetValue(73) == r.GetValue(6) && r.GetValue(78) == r.GetValue(2));
            return CheckResult.Of(ok, $"{records.Count} records");
        }));
        yield return ("garmin-fit-python-sdk/HrmPluginTestActivity.fit", new(Gpy + " test_hr_message_component_expansion", "hr_mesgs[0].event_timestamp = 1242209", f =>
        {
            var value = f.Messages(FitMessageNumbers.Hr).FirstOrDefault()?.GetValue(9);
            return CheckResult.Of(value == 1242209, $"{value?.ToString(CultureInfo.InvariantCulture)}");
        }));

        yield return (Sdk + "fit_file_minimum.fit", new(Gpy + " test_read_file_header", "header 14/32/2187/0/'.FIT'/CRC 18573; 0 messages; integrity passes", f =>
        {
            var segment = f.Strict.Value?.Segments.Single();
            return CheckResult.Of(segment?.Header == new FitHeader(14, 32, 2187, 0, 18573) && f.Strict.Value!.Messages.Count == 0 && segment.CrcValid, $"{segment?.Header}");
        }));
        foreach (var (file, count) in new[] { ("fit_file_short.fit", 2), ("fit_file_short_new.fit", 1), ("fit_file_chained.fit", 4) })
        {
            yield return (Sdk + file, new(Gpy + " test_successful_read", $"{count} messages, 0 errors", f =>
                CheckResult.Of(f.Strict.Succeeded && f.Strict.Value!.Messages.Count == count, $"{f.Strict.Value?.Messages.Count} messages")));
        }

        foreach (var (file, name) in new[] { ("fit_file_short_new.fit", (string?)"abcdefghi"), ("fit_file_short_none_array.fit", null) })
        {
            yield return (Sdk + file, new(Gpy + " test_read_decoder_output", $"file_id = {{manufacturer garmin, type activity, time_created 1000000000{(name is null ? "" : ", product_name " + name)}}}", f =>
            {
                var id = f.Messages(FitMessageNumbers.FileId).Single();
                var present = id.Fields.Where(x => x.HasValue).Select(x => x.Name).Order(StringComparer.Ordinal).ToArray();
                string[] expected = name is null ? ["manufacturer", "time_created", "type"] : ["manufacturer", "product_name", "time_created", "type"];
                var ok = present.SequenceEqual(expected) && id.GetRaw(1) == 1 && id.GetRaw(0) == 4 && id.GetRaw(4) == 1000000000 && id.GetString(8) == name;
                return CheckResult.Of(ok, string.Join("; ", id.Fields.Where(x => x.HasValue)));
            }));
        }

        yield return (Sdk + "fit_file_short_invalid_CRC.fit", new(Gpy + " test_invalid_crc_should_fail", "1 error, file_id still decoded", f =>
            CheckResult.Of(f.Lenient.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) == 1 && f.Messages(FitMessageNumbers.FileId).Count() == 1, FitCorpusFile.Outcome(f.Lenient))));
        yield return (Sdk + "fit_file_short_new_invalid_crc.fit", new(Gpy + " test_enable_crc_options_errors_returned", "no error with CRC checks off", f =>
            CheckResult.Of(f.WithoutCrc.Succeeded, FitCorpusFile.Outcome(f.WithoutCrc))));
        yield return (Sdk + "fit_file_short_with_wrong_field_def_size.fit", new(Gpy + " test_read_incorrect_field_def_size", "file_id still has time_created", f =>
            CheckResult.Of(f.Messages(FitMessageNumbers.FileId).Single().Field("time_created") is { HasValue: true }, FitCorpusFile.Outcome(f.Lenient))));
        yield return (Sdk + "fit_file_short_compressed_timestamp.fit", new(Gpy + " (the SDK rejects compressed timestamps); survey", "the file_id message with a compressed-timestamp header decodes before the CRC error", f =>
            CheckResult.Of(f.File?.Messages is [{ GlobalNumber: FitMessageNumbers.FileId, HasCompressedTimestamp: true }], $"{f.File?.Messages.Count} messages")));

        yield return (Sdk + "fit_file_monitoring.fit", new(Gpy + " test_enum_component_expansion", "4 monitoring messages: activity_type/intensity/cycles = running/3/10, walking/0/30, 30/0/15, none/none/15", f =>
        {
            var m = f.Messages(FitMessageNumbers.Monitoring).ToList();
            (long?, double?, double?) Row(FitMessage x) => (x.GetRaw(5), x.GetValue(28), x.GetValue(3));
            var rows = m.Select(Row).ToList();
            var ok = rows.SequenceEqual([(1L, 3.0, 10.0), (6L, 0.0, 30.0), (30L, 0.0, 15.0), (null, null, 15.0)]);
            return CheckResult.Of(ok, string.Join("; ", rows));
        }));
        yield return (Sdk + "fit_file_accumulated_components.fit", new(Gpy + " TestAccumulatedFields", "cycles/total_cycles = 254/254, 0/256, 1/257", f =>
        {
            var rows = f.Messages(FitMessageNumbers.Record).Select(r => (r.GetValue(18), r.GetValue(19))).ToList();
            return CheckResult.Of(rows.SequenceEqual([(254.0, 254.0), (0.0, 256.0), (1.0, 257.0)]), string.Join("; ", rows));
        }));
        yield return (Sdk + "fit_file_compressed_speed_distance_with_initial_distance.fit", new(Gpy + " TestAccumulatedFields", "distance = 2, 264, 276 m", f =>
        {
            var distances = f.Messages(FitMessageNumbers.Record).Select(r => r.GetValue(5)).ToList();
            return CheckResult.Of(distances.SequenceEqual([2.0, 264.0, 276.0]), string.Join(", ", distances));
        }));
        foreach (var file in new[] { "fit_file_800m_repeats_little_endian.fit", "fit_file_800m_repeats_big_endian.fit" })
        {
            yield return (Sdk + file, new(Gpy + " test_expand_sub_fields_scale_and_offset", "duration_distance = 4000, 800, 200, 1000 m (raw ×100)", f =>
            {
                var steps = f.Messages(FitMessageNumbers.WorkoutStep).Select(s => s.Field("duration_distance")).Where(d => d is not null).Select(d => d!.Value).ToList();
                var ok = steps.Select(s => s.GetValue()).SequenceEqual([4000.0, 800, 200, 1000]) && steps.Select(s => s.GetRaw()).SequenceEqual([400000L, 80000, 20000, 100000]);
                return CheckResult.Of(ok, string.Join(", ", steps.Select(s => s.GetValue())));
            }));
        }

        yield return (Sdk + "fit_file_messages_with_no_fields.fit", new(Gpy + " test_messages_with_no_fields", "1 empty pad message; 2 file_id with serial 3452116910", f =>
        {
            var pads = f.Messages(FitMessageNumbers.Pad).ToList();
            var ids = f.Messages(FitMessageNumbers.FileId).ToList();
            var ok = pads.Count == 1 && pads[0].Fields.Count == 0 && ids.Count == 2 && ids.All(i => i.GetRaw(3) == 3452116910);
            return CheckResult.Of(ok, $"{pads.Count} pad, {ids.Count} file_id");
        }));
        yield return (Sdk + "fit_file_short_multibyte_dev_data.fit", new(Gpy + " test_read_multibyte_dev_data", "1 session; developer field [0] = 1234", f =>
        {
            var session = f.Messages(FitMessageNumbers.Session).Single();
            var value = session.DeveloperFields.FirstOrDefault(d => d.Description?.Key == 0)?.GetValue();
            return CheckResult.Of(value == 1234 && f.Strict.Succeeded, $"developer field [0] = {value}");
        }));
        yield return (Sdk + "fit_file_dev_data_missing_field_description.fit", new(Gpy + " test_read_dev_data_no_field_description", "0 errors, 1 activity message", f =>
            CheckResult.Of(f.Strict.Succeeded && f.Messages(FitMessageNumbers.Activity).Count() == 1, FitCorpusFile.Outcome(f.Strict))));
        yield return (Sdk + "fit_file_field_decription_missing_dev_data_mesg.fit", new(Gpy + " test_read_field_description_no_matching_dev_data_mesg", "0 errors, 1 field_description message", f =>
            CheckResult.Of(f.Strict.Succeeded && f.Messages(FitMessageNumbers.FieldDescription).Count() == 1, FitCorpusFile.Outcome(f.Strict))));

        // Reference data files (record CSVs, SDK JSON).
        foreach (var name in new[] { "garmin-edge-500-activity", "garmin-fenix-5-bike", "garmin-fenix-5-run", "garmin-fenix-5-walk", "garmin-edge-820-bike" })
        {
            yield return ($"python-fitparse/{name}.fit", new(Fitparse + " _csv_test_helper", $"every record = {name}-records.csv", f =>
                FitReferenceData.RecordCsv(f, Path.Combine(Path.GetDirectoryName(f.FullPath)!, $"{name}-records.csv"))));
        }

        yield return ("python-fitparse/compressed-speed-distance.fit", new(Fitparse + " test_component_field_accumulaters", "first record 17217864; records = compressed-speed-distance-records.csv", f =>
            FitReferenceData.CompressedSpeedDistanceCsv(f, Path.Combine(Path.GetDirectoryName(f.FullPath)!, "compressed-speed-distance-records.csv"))));
        const string Hrm = "garmin-fit-python-sdk/HrmPluginTestActivity.fit";
        yield return (Hrm, new(Gpy + " test_hr_message_component_expansion", "hr event timestamps ≈ expected-hr-event_timestamps.json", f =>
            FitReferenceData.HrEventTimestamps(f, f.FullPath + ".expected-hr-event_timestamps.json")));
        yield return (Hrm, new("Garmin FIT SDK tests/test_hr_mesg_utils.py", "expanded heart rates = expected-expanded_hr_messages.json", f =>
            FitReferenceData.ExpandedHeartRates(f, f.FullPath + ".expected-expanded_hr_messages.json")));
        yield return (Hrm, new("Garmin FIT SDK tests/test_hr_mesg_utils.py", "merged record heart rates = expected-merged_record_messages.json", f =>
            FitReferenceData.MergedHeartRates(f, f.FullPath + ".expected-merged_record_messages.json")));
        yield return ("garmin-fit-python-sdk/WithGearChangeData.fit", new(Gpy + " test_sub_field_and_component_expansion", "gear change events = expected-gear-change-events.json", f =>
            FitReferenceData.GearChanges(f, f.FullPath + ".expected-gear-change-events.json")));
    }
}
