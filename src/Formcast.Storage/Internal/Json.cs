using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formcast.Storage.Internal;

/// <summary>JSON settings for the few structured columns (laps, readiness contributors, metrics).</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new StoreException($"{what} holds JSON null where a value was expected");
}
