namespace Formcast.Workflows.Predictions.Data;

/// <summary>A monitoring cohort read from a dataset folder: its athletes and plain notes on how the files were read.</summary>
/// <param name="Name">Dataset name, e.g. "pmdata".</param>
/// <param name="Source">Where it was read from (folder or file as given).</param>
/// <param name="Athletes">Athletes in dataset order.</param>
/// <param name="InjuryDefinition">How an injury onset was recognised, in one sentence.</param>
/// <param name="Notes">Further reading decisions worth printing next to results.</param>
internal sealed record Cohort(string Name, string Source, IReadOnlyList<CohortAthlete> Athletes, string InjuryDefinition, IReadOnlyList<string> Notes)
{
    public int InjuryCount => Athletes.Sum(a => a.InjuryOnsets.Count);
}
