using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Demo;

/// <summary>Writes the generated squad into a store: the team first, then each athlete with everything recorded
/// for them in one transaction, so an interrupted seed leaves only complete athletes behind.</summary>
public static class DemoSeeder
{
    public static async Task<DemoSeedSummary> SeedAsync(IFormcastStore store, DemoCohortOptions options,
        IProgress<DemoSeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var owner = AccessContext.Owner("demo");
        var team = new StoreBatch();
        team.Teams.Add(DemoCohortGenerator.Team);
        await store.WriteAsync(owner, team, cancellationToken).ConfigureAwait(false);

        int athletes = 0, activities = 0, wellness = 0, injuries = 0;
        foreach (var demo in DemoCohortGenerator.Generate(options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new StoreBatch();
            batch.Athletes.Add(demo.Athlete);
            batch.Memberships.Add(new Membership(DemoCohortGenerator.Team.Id, TeamRole.Athlete, AthleteId: demo.Athlete.Id));
            batch.Activities.AddRange(demo.Activities);
            batch.SessionRpe.AddRange(demo.SessionRatings);
            batch.Wellness.AddRange(demo.Wellness);
            batch.Injuries.AddRange(demo.Injuries);
            batch.Tests.AddRange(demo.Tests);
            batch.Races.AddRange(demo.Races);
            await store.WriteAsync(owner, batch, cancellationToken).ConfigureAwait(false);
            athletes++;
            activities += demo.Activities.Count;
            wellness += demo.Wellness.Count;
            injuries += demo.Injuries.Count;
            progress?.Report(new DemoSeedProgress(athletes, options.AthleteCount, demo.Athlete.Handle));
        }

        return new DemoSeedSummary(athletes, activities, wellness, injuries);
    }
}
