namespace Formcast.Workflows.Import;

/// <summary>What happened to one file.</summary>
public enum ImportOutcome
{
    /// <summary>Written to the store (possibly with warnings).</summary>
    Imported = 0,

    /// <summary>The same bytes were imported before (or earlier in this run): nothing to do.</summary>
    Duplicate = 1,

    /// <summary>Nothing was written; <see cref="ImportFileReport.Reason"/> says why.</summary>
    Failed = 2,

    /// <summary>Read fine but holds nothing to import (e.g. a device settings file).</summary>
    Empty = 3,

    /// <summary>Not a format Formcast reads (e.g. a photo in an export).</summary>
    Skipped = 4,
}
