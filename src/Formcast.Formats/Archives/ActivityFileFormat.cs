namespace Formcast.Formats.Archives;

/// <summary>What a file holds, as far as the import pipeline needs to know to pick a decoder.</summary>
public enum ActivityFileFormat
{
    /// <summary>Nothing Formcast reads (e.g. a photo or a JSON export).</summary>
    Unknown = 0,

    /// <summary>Garmin FIT (binary; header bytes 8–11 are ".FIT").</summary>
    Fit = 1,

    /// <summary>Garmin Training Center Database XML.</summary>
    Tcx = 2,

    /// <summary>GPS Exchange Format XML.</summary>
    Gpx = 3,

    /// <summary>A delimited text sheet (wellness, RPE, injuries, tests, races).</summary>
    Csv = 4,

    /// <summary>A gzip stream around one file.</summary>
    Gzip = 5,

    /// <summary>A ZIP archive.</summary>
    Zip = 6,
}
