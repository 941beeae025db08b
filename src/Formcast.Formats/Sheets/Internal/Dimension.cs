namespace Formcast.Formats.Sheets.Internal;

/// <summary>Physical dimension of a field, which decides the units a sheet may state for it.</summary>
internal enum Dimension
{
    None = 0,
    Duration = 1,
    Length = 2,
    Temperature = 3,
    Mass = 4,
}
