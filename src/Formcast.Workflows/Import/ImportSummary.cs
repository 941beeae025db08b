namespace Formcast.Workflows.Import;

/// <summary>Everything one import run did, file by file, and the days it recomputed.</summary>
public sealed record ImportSummary(IReadOnlyList<ImportFileReport> Files, int AthleteDaysRecomputed, int AthletesCreated)
{
    public int Imported => Files.Count(f => f.Outcome == ImportOutcome.Imported);

    public int Duplicates => Files.Count(f => f.Outcome == ImportOutcome.Duplicate);

    public int Failed => Files.Count(f => f.Outcome == ImportOutcome.Failed);

    public int Empty => Files.Count(f => f.Outcome == ImportOutcome.Empty);

    public int Skipped => Files.Count(f => f.Outcome == ImportOutcome.Skipped);

    public int Warnings => Files.Sum(f => f.Warnings);

    public int Activities => Files.Sum(f => f.Activities);

    public int Records => Files.Sum(f => f.Records);
}
