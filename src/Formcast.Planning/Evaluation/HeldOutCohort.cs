using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>Held-out evaluation athletes: every stratum × sex of a population, <c>perCell</c> individuals each, drawn
/// with their own seed so they never coincide with the individuals planners were trained on.</summary>
public static class HeldOutCohort
{
    public static IReadOnlyList<AthleteProfile> Draw(PopulationSpec population, int perCell, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perCell);
        population.Validate();
        var rng = new Rng(seed);
        var athletes = new List<AthleteProfile>();
        foreach (var stratum in population.Strata)
        {
            foreach (var sex in population.Sexes)
            {
                for (var k = 0; k < perCell; k++)
                {
                    var age = population.MinAgeYears + (rng.NextDouble() * (population.MaxAgeYears - population.MinAgeYears));
                    athletes.Add(AthleteSampler.Sample(stratum, sex, age, rng) with { Origin = $"held-out {population.Name} #{athletes.Count + 1}" });
                }
            }
        }

        return athletes;
    }
}
