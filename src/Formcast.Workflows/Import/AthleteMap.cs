using System.Text.Json;

namespace Formcast.Workflows.Import;

/// <summary>
/// Who a file belongs to, when the file itself does not say: device serial numbers and sheet athlete keys mapped to
/// athlete handles. JSON file: <c>{"devices": {"3912345678": "kari"}, "athletes": {"p01": "pmdata-p01"}}</c>.
/// </summary>
public sealed record AthleteMap(IReadOnlyDictionary<string, string> Devices, IReadOnlyDictionary<string, string> Athletes)
{
    public static AthleteMap Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>Reads a map file; a problem is an <see cref="ArgumentException"/> naming the file and what is wrong.</summary>
    public static AthleteMap Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return new AthleteMap(Section(document.RootElement, "devices", path), Section(document.RootElement, "athletes", path));
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{path}: not valid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }

    private static Dictionary<string, string> Section(JsonElement root, string name, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{path}: expected a JSON object with \"devices\" and/or \"athletes\"");
        if (!root.TryGetProperty(name, out var section)) return result;
        if (section.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{path}: \"{name}\" must map keys to athlete handles");
        foreach (var pair in section.EnumerateObject())
        {
            if (pair.Value.ValueKind != JsonValueKind.String) throw new ArgumentException($"{path}: \"{name}\".\"{pair.Name}\" must be an athlete handle (a string)");
            result[pair.Name] = pair.Value.GetString()!;
        }

        return result;
    }
}
