using Formcast.Formats.Sheets;

namespace Formcast.Formats.Tests.Sheets;

public sealed class SheetMappingTests
{
    [Fact]
    public void FromJson_SyntaxError_NamesLineAndColumn()
    {
        var result = SheetMapping.FromJson("{\n  \"records\": [\n    { \"kind\": \"wellness\" \"fields\": {} }\n  ]\n}", "m.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("sheet.mapping.json", "m.json", 3), (error.Code, error.File, error.Line!.Value));
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void FromJson_UnknownFieldAndUnitAndFormat_AreErrorsAtTheirPath()
    {
        var result = SheetMapping.FromJson("""
            { "records": [{ "kind": "wellness", "fields": {
                "date": { "column": "d", "format": "yesterday" },
                "sleepHours": "s",
                "sleepDurationHours": { "column": "sl", "unit": "furlongs" },
                "mood": { "column": "m", "unit": "kg" } } }] }
            """);

        Assert.False(result.Succeeded);
        var byPath = result.Diagnostics.ToDictionary(d => d.Field!, d => d.Message);
        Assert.Contains("known fields", byPath["records[0].fields.sleepHours"], StringComparison.Ordinal);
        Assert.Contains("'furlongs' is not a known unit", byPath["records[0].fields.sleepDurationHours.unit"], StringComparison.Ordinal);
        Assert.Contains("none (this field takes no unit)", byPath["records[0].fields.mood.unit"], StringComparison.Ordinal);
        Assert.Contains("'yesterday'", byPath["records[0].fields.date.format"], StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_MissingRequiredFields_AreNamed()
    {
        var result = SheetMapping.FromJson("""{ "records": [{ "kind": "sessionRpe", "fields": { "date": "d", "rpe": "r" } }] }""");

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("'durationMinutes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_UnknownPropertyAndKind_AreReported()
    {
        var typo = SheetMapping.FromJson("""{ "timezone": "UTC", "recrods": [], "records": [{ "kind": "wellness", "fields": { "date": "d" } }] }""");
        var badKind = SheetMapping.FromJson("""{ "records": [{ "kind": "sleep", "fields": {} }] }""");

        Assert.True(typo.Succeeded);
        Assert.Equal(("sheet.mapping.unknown", "recrods"), (typo.Diagnostics[0].Code, typo.Diagnostics[0].Field));
        Assert.Contains("Wellness, SessionRpe, Injury, PerformanceTest, Race", badKind.FirstError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_UnknownTimeZoneAndAmbiguousAthlete_AreErrors()
    {
        var result = SheetMapping.FromJson("""
            { "timeZone": "Mars/Olympus", "athlete": { "column": "a", "pathLevel": 2 },
              "records": [{ "kind": "wellness", "fields": { "date": "d" } }] }
            """);

        Assert.Equal(["timeZone", "athlete"], result.Diagnostics.Select(d => d.Field));
    }

    [Fact]
    public void FromJson_InjuryNeedsABodyPartSourceAndAType()
    {
        var result = SheetMapping.FromJson("""{ "records": [{ "kind": "injury", "fields": { "onsetDate": "d" } }] }""");

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'bodyPart' or 'injuries'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'type'", StringComparison.Ordinal));
    }

    [Fact]
    public void FromJson_DelimiterAndValues_AreRead()
    {
        var mapping = SheetMapping.FromJson("""
            { "delimiter": "tab", "missingValues": ["?"], "emptyRowMarkers": ["x"],
              "records": [{ "kind": "wellness", "fields": { "date": "d", "mood": { "column": ["Mood", "mood_1_5"], "values": { "great": 5, "skip": null } } } }] }
            """).Value!;

        Assert.Equal('\t', mapping.Delimiter);
        Assert.Equal(["?"], mapping.MissingValues);
        var mood = mapping.Records[0].Fields["mood"];
        Assert.Equal(["Mood", "mood_1_5"], mood.Columns);
        Assert.Equal("5", mood.Values!["GREAT"]);
        Assert.Null(mood.Values["skip"]);
    }

    [Fact]
    public void BuiltIns_AreValid() =>
        Assert.All(SheetMappings.ByName.Values, m => Assert.Empty(m.Check()));
}
