using Formcast.TestSupport;

namespace Formcast.Storage.Tests;

public sealed class OpeningTests
{
    [Theory]
    [InlineData("Host=db.example;Database=formcast", StoreProvider.PostgreSql)]
    [InlineData("postgresql://coach@db.example:5432/formcast", StoreProvider.PostgreSql)]
    [InlineData("postgres://db.example/formcast", StoreProvider.PostgreSql)]
    [InlineData("formcast.db", StoreProvider.Sqlite)]
    [InlineData("/data/club/formcast.db", StoreProvider.Sqlite)]
    [InlineData("./a=b/store.db", StoreProvider.Sqlite)]
    public void DetectProvider_ReadsTheSpecification(string spec, StoreProvider expected) =>
        Assert.Equal(expected, FormcastStore.DetectProvider(spec));

    [Fact]
    public async Task MissingFile_SaysHowToCreateOne()
    {
        using var folder = new TempDirectory();
        var path = folder.File("nope.db");
        var e = await Assert.ThrowsAsync<StoreException>(() => FormcastStore.OpenAsync(path));
        Assert.Equal($"no store at {path}; create one with 'formcast init --store {path}'", e.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task MissingFolder_IsNamed()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "absent", "x.db");
        var e = await Assert.ThrowsAsync<StoreException>(() => FormcastStore.CreateAsync(path));
        Assert.Equal($"the folder {Path.Combine(folder.Path, "absent")} does not exist", e.Message);
    }

    [Fact]
    public async Task NonStoreFile_IsRefusedAndLeftUntouched()
    {
        using var folder = new TempDirectory();
        var path = folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "training notes, not a database", TestContext.Current.CancellationToken);
        var e = await Assert.ThrowsAsync<StoreException>(() => FormcastStore.CreateAsync(path));
        Assert.Equal($"{path} is not a Formcast store (not an SQLite database)", e.Message);
        Assert.Equal("training notes, not a database", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EmptySqliteDatabase_IsNotAStoreUntilInitialised()
    {
        using var folder = new TempDirectory();
        var path = folder.File("empty.db");
        await (await FormcastStore.CreateAsync(path)).DisposeAsync();
        await (await FormcastStore.OpenAsync(path)).DisposeAsync();
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("Host=;Database=x", "malformed PostgreSQL connection string: no Host")]
    [InlineData("Hots=localhost;Database=x", "malformed PostgreSQL connection string:")]
    [InlineData("postgresql://", "malformed PostgreSQL connection string:")]
    public async Task MalformedConnectionStrings_GiveOneLineErrors(string spec, string expectedStart)
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => FormcastStore.OpenAsync(spec));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task UnreachableServer_IsTransientAndNamed()
    {
        // Port 1 on loopback: nothing listens there.
        var e = await Assert.ThrowsAsync<StoreException>(() => FormcastStore.OpenAsync("Host=127.0.0.1;Port=1;Database=x;Username=u;Timeout=3"));
        Assert.True(e.IsTransient);
        Assert.StartsWith("cannot reach PostgreSQL at postgresql://127.0.0.1:1/x", e.Message, StringComparison.Ordinal);
    }
}
