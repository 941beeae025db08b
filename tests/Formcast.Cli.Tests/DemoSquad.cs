using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Demo;

namespace Formcast.Cli.Tests;

/// <summary>
/// Six months of a seeded demo squad — a sprinter (monthly tests: enough for the twin), a distance runner (two races,
/// recorded runs) and a general-fitness athlete (cycling with power) — with daily state computed up to its last day.
/// </summary>
public sealed class DemoSquad : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("formcast-cli-squad");

    public static readonly DateOnly Today = new(2026, 4, 30);

    public static FixedClock Clock => FixedClock.At(Today);

    public string Path => _folder.File("squad.db");

    public async ValueTask InitializeAsync()
    {
        await using var store = await FormcastStore.CreateAsync(Path);
        var options = new DemoCohortOptions
        {
            EndDate = Today, Days = 182, Composition = [(Sport.Sprinting, 1), (Sport.DistanceRunning, 1), (Sport.GeneralFitness, 1)],
        };
        await DemoSeeder.SeedAsync(store, options);
        await new DailyStateWorkflow(store, AccessContext.Owner("test"), clock: Clock).RecomputeAllAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
