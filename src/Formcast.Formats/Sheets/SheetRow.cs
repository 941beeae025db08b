namespace Formcast.Formats.Sheets;

/// <summary>A record read from a sheet, with the athlete identifier its row named and the line it started on.</summary>
/// <param name="AthleteKey">The identifier as the sheet (or its path) gives it, e.g. "p01" or an e-mail address.</param>
/// <param name="Record">The Core record. Its AthleteId is from <see cref="SheetImportOptions.ResolveAthlete"/>, or default.</param>
/// <param name="Line">1-based line of the row in the file (the first report, for merged injury episodes).</param>
public sealed record SheetRow<T>(string AthleteKey, T Record, int Line);
