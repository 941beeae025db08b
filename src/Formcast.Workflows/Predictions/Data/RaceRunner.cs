using Formcast.Core;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>One runner's personal bests by distance (metres → seconds), with sex and age as the source gives them.</summary>
internal sealed record RaceRunner(int Id, Sex Sex, double AgeYears, string? Region, IReadOnlyDictionary<double, double> BestSeconds)
{
    public bool Has(double meters) => BestSeconds.ContainsKey(meters);

    public double Best(double meters) => BestSeconds[meters];
}
