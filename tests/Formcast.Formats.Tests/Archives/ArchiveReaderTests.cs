using System.Buffers.Binary;
using Formcast.Formats.Archives;
using Formcast.TestSupport;
using static Formcast.Formats.Tests.Archives.ArchiveBuilder;

namespace Formcast.Formats.Tests.Archives;

public sealed class ArchiveReaderTests
{
    private const string Gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>";
    private const string Tcx = "<TrainingCenterDatabase/>";

    [Fact]
    public void Enumerate_PlatformExportTree_IsOneFlatSequenceOfNamedEntries()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.tcx"), Tcx);
        Directory.CreateDirectory(dir.File("sub"));
        File.WriteAllText(Path.Combine(dir.Path, "sub", "b.gpx"), Gpx);
        var inner = Zip(("c.csv", Utf8("date,rpe\n2024-01-01,5\n")));
        File.WriteAllBytes(dir.File("export.zip"), Zip(
            ("activities/1.fit.gz", Gzip(FitHead())),
            ("activities/2.gpx", Utf8(Gpx)),
            ("activities/", []),
            ("nested/inner.zip", inner)));

        var items = ArchiveReader.Enumerate(dir.Path).ToArray();

        Assert.All(items, i => Assert.Null(i.Diagnostic));
        var entries = items.Select(i => i.Entry!).ToArray();
        Assert.Equal(
            ["a.tcx", "export.zip/activities/1.fit", "export.zip/activities/2.gpx", "export.zip/nested/inner.zip/c.csv", "sub/b.gpx"],
            entries.Select(e => e.Name));
        Assert.Equal(
            [ActivityFileFormat.Tcx, ActivityFileFormat.Fit, ActivityFileFormat.Gpx, ActivityFileFormat.Csv, ActivityFileFormat.Gpx],
            entries.Select(e => e.Format));
        Assert.Equal(FitHead(), entries[1].Content.ToArray());
        Assert.Equal(dir.File("export.zip"), entries[3].SourcePath);
    }

    [Fact]
    public void Enumerate_SingleFilesAndMemory_AreEntriesToo()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("ride.gpx.gz"), Gzip(Utf8(Gpx)));

        var fromFile = Assert.Single(ArchiveReader.Enumerate(dir.File("ride.gpx.gz"))).Entry!;
        var fromMemory = Assert.Single(ArchiveReader.Enumerate("upload.zip", Zip(("x.tcx", Utf8(Tcx))))).Entry!;

        Assert.Equal(("ride.gpx", ActivityFileFormat.Gpx), (fromFile.Name, fromFile.Format));
        Assert.Equal(("upload.zip/x.tcx", ActivityFileFormat.Tcx), (fromMemory.Name, fromMemory.Format));
    }

    [Fact]
    public void Enumerate_MissingPath_IsADiagnostic()
    {
        var item = Assert.Single(ArchiveReader.Enumerate("/nonexistent/formcast/export"));
        Assert.Equal("archive.io", item.Diagnostic!.Code);
    }

    [Fact]
    public void Enumerate_HighRatioEntry_IsSkippedAndTheNextEntryStillComes()
    {
        var zip = Zip(("bomb.tcx", new byte[8_000_000]), ("ok.gpx", Utf8(Gpx)));

        var items = ArchiveReader.Enumerate("export.zip", zip).ToArray();

        Assert.Equal(2, items.Length);
        Assert.Equal("archive.limit.ratio", items[0].Diagnostic!.Code);
        Assert.Contains("bomb.tcx", items[0].Diagnostic!.Message, StringComparison.Ordinal);
        Assert.Equal("export.zip/ok.gpx", items[1].Entry!.Name);
    }

    [Fact]
    public void Enumerate_GzipBomb_StopsWhileInflating()
    {
        var bomb = Gzip(new byte[50_000_000]);

        var item = Assert.Single(ArchiveReader.Enumerate("huge.tcx.gz", bomb));

        Assert.Equal("archive.limit.ratio", item.Diagnostic!.Code);
    }

    [Fact]
    public void Enumerate_EntryThatUnderstatesItsSize_NeverExpandsBeyondTheStatement()
    {
        var zip = Zip(("liar.tcx", new byte[4_000_000]));
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(22), 100);
        var central = zip.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(central + 24), 100);

        var items = ArchiveReader.Enumerate("liar.zip", zip).ToArray();

        Assert.All(items, i => Assert.True(i.Diagnostic is not null || i.Entry!.Content.Length <= 100));
    }

    [Fact]
    public void Enumerate_EntrySizeLimit_RefusesByDeclaredAndByActualSize()
    {
        var limits = new ArchiveLimits { MaxEntryBytes = 1000 };

        var declared = Assert.Single(ArchiveReader.Enumerate("a.zip", Zip(("big.gpx", new byte[5000])), limits));
        var actual = Assert.Single(ArchiveReader.Enumerate("big.gpx.gz", Gzip(new byte[5000]), limits));

        Assert.Equal("archive.limit.entry_bytes", declared.Diagnostic!.Code);
        Assert.Equal("archive.limit.entry_bytes", actual.Diagnostic!.Code);
    }

    [Fact]
    public void Enumerate_TooManyEntries_StopsAtTheLimit()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 5; i++) File.WriteAllText(dir.File($"{i}.gpx"), Gpx);

        var items = ArchiveReader.Enumerate(dir.Path, new ArchiveLimits { MaxEntries = 3 }).ToArray();

        Assert.Equal(3, items.Count(i => i.Entry is not null));
        Assert.Equal("archive.limit.entries", items[^1].Diagnostic!.Code);
    }

    [Fact]
    public void Enumerate_ArchiveDeclaringMoreEntriesThanAllowed_IsNotOpened()
    {
        var zip = Zip(("a.gpx", Utf8(Gpx)));
        var end = zip.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 8), 60_000);
        BinaryPrimitives.WriteUInt16LittleEndian(zip.AsSpan(end + 10), 60_000);

        var item = Assert.Single(ArchiveReader.Enumerate("claims.zip", zip, new ArchiveLimits { MaxEntries = 1000 }));

        Assert.Equal("archive.limit.entries", item.Diagnostic!.Code);
        Assert.Contains("60000", item.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_TotalBytesLimit_StopsTheWholeEnumeration()
    {
        var zip = Zip(("a.tcx", new byte[600]), ("b.tcx", new byte[600]), ("c.tcx", new byte[600]));

        var items = ArchiveReader.Enumerate("t.zip", zip, new ArchiveLimits { MaxTotalBytes = 1000 }).ToArray();

        Assert.Single(items, i => i.Entry is not null);
        Assert.Equal("archive.limit.total_bytes", items[^1].Diagnostic!.Code);
    }

    [Theory]
    [InlineData("../evil.fit", "climbs out")]
    [InlineData("ok/../../evil.fit", "climbs out")]
    [InlineData("..\\evil.fit", "climbs out")]
    [InlineData("/etc/evil.gpx", "absolute")]
    [InlineData("C:/evil.tcx", "drive letter")]
    public void Enumerate_PathTraversalNames_AreRefused(string name, string reason)
    {
        var zip = Zip((name, Utf8(Gpx)), ("fine/ride.gpx", Utf8(Gpx)));

        var items = ArchiveReader.Enumerate("x.zip", zip).ToArray();

        var refused = Assert.Single(items, i => i.Diagnostic is not null).Diagnostic!;
        Assert.Equal("archive.entry.unsafe_name", refused.Code);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal("x.zip/fine/ride.gpx", Assert.Single(items, i => i.Entry is not null).Entry!.Name);
    }

    [Fact]
    public void Enumerate_NestingBeyondTheLimit_IsRefused()
    {
        var content = Zip(("deep.gpx", Utf8(Gpx)));
        for (var i = 0; i < 4; i++) content = Zip(($"level{i}.zip", content));

        var shallow = ArchiveReader.Enumerate("top.zip", content).ToArray();
        var limited = ArchiveReader.Enumerate("top.zip", content, new ArchiveLimits { MaxNestingDepth = 3 }).ToArray();

        Assert.Equal("archive.limit.nesting", Assert.Single(shallow).Diagnostic!.Code);
        Assert.Equal("archive.limit.nesting", Assert.Single(limited).Diagnostic!.Code);
        var allowed = ArchiveReader.Enumerate("top.zip", content, new ArchiveLimits { MaxNestingDepth = 6 }).ToArray();
        Assert.EndsWith("deep.gpx", Assert.Single(allowed).Entry!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_CorruptZip_IsADiagnostic()
    {
        byte[] junk = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x7F, 200)];

        var item = Assert.Single(ArchiveReader.Enumerate("broken.zip", junk));

        Assert.Equal("archive.zip.corrupt", item.Diagnostic!.Code);
    }

    [Fact]
    public void Enumerate_TruncatedGzip_WarnsAndPassesTheCutContentOn()
    {
        var text = string.Concat(Enumerable.Repeat("<gpx>hello world</gpx>\n", 5000));
        var gz = Gzip(Utf8(text));

        var items = ArchiveReader.Enumerate("cut.gpx.gz", gz.AsMemory(0, gz.Length / 2)).ToArray();

        Assert.Equal("archive.gzip.size_mismatch", items[0].Diagnostic!.Code);
        Assert.True(items[1].Entry!.Content.Length < text.Length);
    }

    [Fact]
    public void Enumerate_HiddenFilesAndLinkedFolders_AreNotWalked()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(".DS_Store"), "junk");
        Directory.CreateDirectory(dir.File("real"));
        File.WriteAllText(Path.Combine(dir.Path, "real", "a.gpx"), Gpx);
        Directory.CreateSymbolicLink(dir.File("loop"), dir.Path);

        var names = ArchiveReader.Enumerate(dir.Path).Select(i => i.Entry!.Name).ToArray();

        Assert.Equal(["real/a.gpx"], names);
    }

    [Fact]
    public void UnsafeNameReason_AcceptsOrdinaryNames()
    {
        Assert.Null(ArchiveReader.UnsafeNameReason("activities/2020/ride..1.fit"));
        Assert.Null(ArchiveReader.UnsafeNameReason("a/b/c.gpx"));
    }

    [Fact]
    public void Limits_RejectNonsense() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveReader.Enumerate("x", new ArchiveLimits { MaxEntries = 0 }));
}
