using System.Diagnostics;
using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows.Demo;

namespace Formcast.Cli.Tests;

/// <summary>
/// Kills a real formcast process while it is writing (seeding a squad, one transaction per athlete) and checks the
/// store holds exactly the athletes whose transaction committed, each complete: a crash leaves the store as it was
/// before the interrupted write.
/// </summary>
public sealed class CrashSafetyTests
{
    public static TheoryData<StoreProvider> Providers => [StoreProvider.Sqlite, StoreProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KillingTheProcessMidWrite_LeavesOnlyCompleteAthletes(StoreProvider provider)
    {
        using var folder = new TempDirectory();
        await using var database = provider == StoreProvider.PostgreSql ? await PostgresTestDatabase.CreateAsync() : null;
        var store = database?.ConnectionString ?? folder.File("crash.db");
        var options = new DemoCohortOptions { EndDate = new DateOnly(2026, 2, 28), Days = 60, Composition = Commands.DemoCommand.Scale(12) };
        var expected = DemoCohortGenerator.Generate(options).ToDictionary(a => a.Athlete.Handle);

        for (var round = 0; round < 3; round++)
        {
            var killedAfter = await RunAndKillAsync(store, folder, round);
            await using var opened = await FormcastStore.OpenAsync(store);
            var owner = AccessContext.Owner("test");
            var athletes = await opened.ListAthletesAsync(owner);
            Assert.InRange(athletes.Count, killedAfter, expected.Count - 1);
            foreach (var athlete in athletes)
            {
                var want = expected[athlete.Handle];
                Assert.Equal(want.Activities.Count, (await opened.ListActivitiesAsync(owner, athlete.Id, DateRange.All)).Count);
                Assert.Equal(want.Wellness.Count, (await opened.ListWellnessAsync(owner, athlete.Id, DateRange.All)).Count);
                Assert.Equal(want.SessionRatings.Count, (await opened.ListSessionRpeAsync(owner, athlete.Id, DateRange.All)).Count);
            }

            var counts = await opened.CountAsync(owner);
            Assert.Equal(counts.Activities, counts.ActivitiesWithStreams);
            await opened.DisposeAsync();
            await ResetAsync(store, provider);
        }
    }

    private static async Task<int> RunAndKillAsync(string store, TempDirectory folder, int round)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     Path.Combine(CliRun.CliDirectory, "formcast.dll"), "demo", "--no-serve", "--store", store, "--out", folder.File("r"),
                     "--athletes", "12", "--days", "60", "--end-date", "2026-02-28",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var seen = 0;
        var output = process.StandardOutput.ReadToEndAsync();
        // Seeding reports progress on standard error: "Seeding demo squad: k/12" as each athlete's transaction commits; kill at a varying point after the second.
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("Seeding demo squad: ", StringComparison.Ordinal)) continue;
            seen = int.Parse(line["Seeding demo squad: ".Length..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
            if (seen >= 2)
            {
                await Task.Delay(40 * round);
                break;
            }
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.True(seen >= 2, "the demo never reported progress: " + await output);
        return seen;
    }

    private static async Task ResetAsync(string store, StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(store + suffix)) File.Delete(store + suffix);
            }

            return;
        }

        await using var connection = new Npgsql.NpgsqlConnection(store);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
