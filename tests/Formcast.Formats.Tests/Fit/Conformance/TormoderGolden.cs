using System.Globalization;
using Formcast.Formats.Fit;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>
/// Compares a decoded file with a tormoder/fit golden dump (the Go <c>fit.File</c> struct, raw field values):
/// header, file CRC, and every message of the types both profiles know, field by field on raw values. Times are Go
/// <c>time.Time</c> whose <c>ext</c> counts seconds since 0001-01-01, so FIT seconds = ext − 62766662400 (plus the
/// zone offset for local times); tormoder prints absent times as the FIT epoch (0).
/// </summary>
internal static class TormoderGolden
{
    private const long GoSecondsAtFitEpoch = 62766662400;

    private static readonly Dictionary<string, ushort> MessageTypes = new(StringComparer.Ordinal)
    {
        ["FileIdMsg"] = 0, ["UserProfileMsg"] = 3, ["SportMsg"] = 12, ["SessionMsg"] = 18, ["LapMsg"] = 19, ["RecordMsg"] = 20,
        ["EventMsg"] = 21, ["DeviceInfoMsg"] = 23, ["WorkoutMsg"] = 26, ["WorkoutStepMsg"] = 27, ["ActivityMsg"] = 34,
        ["FileCreatorMsg"] = 49, ["MonitoringMsg"] = 55, ["HrvMsg"] = 78, ["HrMsg"] = 132, ["FieldDescriptionMsg"] = 206,
        ["DeveloperDataIdMsg"] = 207,
    };

    public static CheckResult Compare(GoStruct dump, FitFile? file)
    {
        if (file is null) return CheckResult.Fail("nothing decoded");
        var problems = new List<string>();
        var compared = 0;
        var skippedTypes = new SortedSet<string>(StringComparer.Ordinal);

        if (dump["Header"] is GoStruct header)
        {
            var h = file.Segments[0].Header;
            Expect(problems, ref compared, "header size", Int(header["Size"]), h.Size);
            Expect(problems, ref compared, "protocol", Int(header["ProtocolVersion"]), h.ProtocolVersion);
            Expect(problems, ref compared, "profile", Int(header["ProfileVersion"]), h.ProfileVersion);
            Expect(problems, ref compared, "data size", Int(header["DataSize"]), h.DataSize);
            Expect(problems, ref compared, "header CRC", Int(header["CRC"]), h.Crc ?? 0);
        }

        if (Int(dump["CRC"]) is { } crc && crc != 0) Expect(problems, ref compared, "file CRC", crc, file.Segments[0].StoredCrc ?? -1);

        // Messages: top-level FileId/FileCreator/developer lists, then every list or message in msgAdder.
        var groups = new List<(string Type, List<GoStruct> Items, bool Single)>();
        foreach (var (name, node) in dump.Fields)
        {
            if (name is "FileId" or "FileCreator" or "fieldDescriptionMsgs" or "developerDataIdMsgs") Collect(node, groups);
            if (name == "msgAdder" && node is GoStruct adder)
            {
                foreach (var (_, child) in adder.Fields) Collect(child, groups);
            }
        }

        var firstSegment = file.Messages.Where(m => m.SegmentIndex == 0).ToList();
        foreach (var (type, items, single) in groups)
        {
            if (!MessageTypes.TryGetValue(type, out var number))
            {
                skippedTypes.Add(type);
                continue;
            }

            var mine = firstSegment.Where(m => m.GlobalNumber == number).ToList();
            if (single)
            {
                if (mine.Count == 0)
                {
                    problems.Add($"{type}: golden has one, decoded none");
                    continue;
                }

                // tormoder keeps one message of these types: the last one it met.
                mine = [mine[^1]];
            }
            else if (mine.Count != items.Count)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{type}: golden {items.Count} messages, decoded {mine.Count}"));
            }

            for (var i = 0; i < Math.Min(items.Count, mine.Count); i++) CompareMessage(items[i], mine[i], type, i, problems, ref compared);
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"{compared} values compared");
        if (skippedTypes.Count > 0) detail += $"; not in Formcast's profile: {string.Join(", ", skippedTypes)}";
        return problems.Count == 0
            ? CheckResult.Pass(detail)
            : CheckResult.Fail(string.Create(CultureInfo.InvariantCulture, $"{problems.Count} mismatches, e.g. {string.Join("; ", problems.Take(5))} ({detail})"));
    }

    private static void Collect(GoNode node, List<(string Type, List<GoStruct> Items, bool Single)> groups)
    {
        switch (node)
        {
            case GoStruct s:
                groups.Add((s.Type.Replace("fit.", "", StringComparison.Ordinal), [s], true));
                break;
            case GoList { Items.Count: > 0 } list when list.Items[0] is GoStruct first:
                groups.Add((first.Type.Replace("fit.", "", StringComparison.Ordinal), [.. list.Items.OfType<GoStruct>()], false));
                break;
        }
    }

    private static void CompareMessage(GoStruct golden, FitMessage message, string type, int index, List<string> problems, ref int compared)
    {
        var profile = FitProfile.Message(message.GlobalNumber)!;
        foreach (var (name, node) in golden.Fields)
        {
            var field = profile.Fields.FirstOrDefault(f => Camel(f.Name) == name);
            if (field is null) continue;
            var expected = Values(node, field);
            if (expected is null) continue; // <already shown>: not comparable
            var actual = Actual(message, field);
            if (actual is null && expected.Count == 0) continue;

            // tormoder prints a time of 0 (the FIT epoch) like an absent one.
            if (field.IsDateTime && expected.Count == 0 && actual is { Values: [0L] }) continue;
            if (actual is null)
            {
                problems.Add($"{type}[{index}].{name}: golden {Show(expected)}, decoded none");
                continue;
            }

            // tormoder does not expand components into arrays (e.g. hr event_timestamp_12 → event_timestamp).
            if (expected.Count == 0 && actual.Value.Expanded) continue;
            compared++;
            if (!Same(expected, actual.Value.Values, actual.Value.Expanded))
                problems.Add($"{type}[{index}].{name}: golden {Show(expected)}, decoded {Show(actual.Value.Values)}");
        }
    }

    /// <summary>The golden raw values, empty when the golden value is invalid/absent, null when not comparable.</summary>
    private static List<object>? Values(GoNode node, FitFieldProfile field)
    {
        switch (node)
        {
            case GoNil nil:
                return nil.AlreadyShown ? null : [];
            case GoScalar { IsString: true } s:
                return s.Text.Length == 0 ? [] : [s.Text];
            case GoScalar s:
                return Valid(field, s.Integer) ? [s.Integer] : [];
            case GoStruct { Type: "fit.Latitude" or "fit.Longitude" } position:
                var semicircles = ((GoScalar)position["semicircles"]!).Integer;
                return semicircles == int.MaxValue ? [] : [semicircles];
            case GoStruct { Type: "time.Time" } time:
                var seconds = ((GoScalar)time["ext"]!).Integer - GoSecondsAtFitEpoch;
                if (time["loc"] is GoStruct location && location["zone"] is GoList { Items: [GoStruct zone, ..] })
                    seconds += ((GoScalar)zone["offset"]!).Integer;
                return seconds == 0 ? [] : [seconds];
            case GoList list:
                var values = list.Items.Select(i => i is GoScalar { IsString: true } t ? (object)t.Text : ((GoScalar)i).Integer).ToList();
                return values.Count == 0 || values.All(v => v is long l && !Valid(field, l)) ? [] : values;
            default:
                return null;
        }
    }

    private static bool Valid(FitFieldProfile field, long raw) =>
        Formcast.Formats.Fit.Internal.FitBaseTypes.IsValid(field.BaseType, raw) && !(field.BaseType == FitBaseType.UInt32Z && raw == 0);

    private static (List<object> Values, bool Expanded)? Actual(FitMessage message, FitFieldProfile profile)
    {
        if (message.Field(profile.Number) is not { } field || !field.HasValue) return null;
        if (field.BaseType == FitBaseType.String) return ([.. field.Strings], false);
        var values = new List<object>();
        for (var i = 0; i < field.Count; i++) values.Add(field.IsExpanded ? field.GetRawDouble(i) : (object)field.GetRaw(i));
        return (values, field.IsExpanded);
    }

    private static bool Same(List<object> expected, List<object> actual, bool expanded)
    {
        if (expected.Count != actual.Count)
        {
            // Go strings hold every string of a field joined; compare the first.
            return expected.Count == 1 && expected[0] is string s && actual.Count > 0 && actual[0] is string a && s.StartsWith(a, StringComparison.Ordinal);
        }

        for (var i = 0; i < expected.Count; i++)
        {
            switch (expected[i], actual[i])
            {
                case (string e, string a) when e == a:
                    continue;
                case (long e, long a) when e == a:
                    continue;
                case (long e, double a) when expanded && Math.Abs(e - a) < 1: // tormoder truncates fractional raw values
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static string Show(List<object> values) =>
        values.Count == 0 ? "none" : string.Join(",", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static long? Int(GoNode? node) => node is GoScalar { IsString: false } s ? s.Integer : null;

    private static void Expect(List<string> problems, ref int compared, string what, long? expected, long actual)
    {
        if (expected is null) return;
        compared++;
        if (expected != actual) problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: golden {expected}, decoded {actual}"));
    }

    /// <summary>Go field name of a profile name: snake_case → CamelCase ("speed_1s" → "Speed1s").</summary>
    internal static string Camel(string snake) =>
        string.Concat(snake.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
