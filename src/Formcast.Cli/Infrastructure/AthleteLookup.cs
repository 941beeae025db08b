using System.Globalization;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Cli.Infrastructure;

/// <summary>Finds the athlete a command names, or says who is not there and how to see who is.</summary>
internal static class AthleteLookup
{
    public static async Task<Athlete> FindAsync(IFormcastStore store, AccessContext access, string key, CancellationToken ct) =>
        await store.FindAthleteAsync(access, key, ct)
        ?? throw new CliException($"no athlete '{key}' in {store.Info.Location}; 'formcast athletes list' shows who is there");

    /// <summary>Parses an option's yyyy-MM-dd date; null stays null.</summary>
    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{option} '{text}' is not a yyyy-MM-dd date");
    }
}
