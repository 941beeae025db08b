using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Demo;

namespace Formcast.Server.Tests;

/// <summary>A small seeded demo store in a temp folder, with daily state computed.</summary>
public sealed class DemoStore : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("formcast-server");

    public string Path => _folder.File("demo.db");

    public const int Athletes = 8;

    public async ValueTask InitializeAsync()
    {
        await using var store = await FormcastStore.CreateAsync(Path);
        var options = new DemoCohortOptions { EndDate = new DateOnly(2026, 4, 30), Days = 35, Composition = [(Sport.DistanceRunning, 4), (Sport.BallGame, 4)] };
        await DemoSeeder.SeedAsync(store, options);
        await new DailyStateWorkflow(store, AccessContext.Owner("test"), clock: FixedClock.At(options.EndDate)).RecomputeAllAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
