using System.Text.Json;
using System.Text.Json.Serialization;

namespace Formcast.Cli.Infrastructure;

/// <summary>The --json rendering: camelCase, enums as lower-case strings, indented, one document per command.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Task WriteAsync<T>(CliEnvironment environment, T value) =>
        environment.Output.WriteLineAsync(JsonSerializer.Serialize(value, Options));
}
