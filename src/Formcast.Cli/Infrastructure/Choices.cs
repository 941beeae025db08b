using Formcast.Core;

namespace Formcast.Cli.Infrastructure;

/// <summary>Command-line spellings of domain enums (kebab-case), in one place.</summary>
internal static class Choices
{
    public static readonly IReadOnlyDictionary<string, Sport> Sports = Map<Sport>();
    public static readonly IReadOnlyDictionary<string, Sex> Sexes = Map<Sex>();
    public static readonly IReadOnlyDictionary<string, AthleteLevel> Levels = Map<AthleteLevel>();

    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var chars = new List<char>();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) chars.Add('-');
            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string(chars.ToArray());
    }

    private static Dictionary<string, T> Map<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => Kebab(v), v => v, StringComparer.OrdinalIgnoreCase);
}
