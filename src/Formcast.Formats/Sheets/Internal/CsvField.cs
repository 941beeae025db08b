namespace Formcast.Formats.Sheets.Internal;

/// <summary>One parsed field and the 1-based line it starts on (quoted fields may span lines).</summary>
internal readonly record struct CsvField(string Text, int Line);
