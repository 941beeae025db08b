using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using Formcast.Formats.Archives.Internal;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Archives;

/// <summary>
/// Enumerates the files of a folder tree, a ZIP archive, a gzip file, or a single plain file as named entries with
/// their decompressed bytes and detected format — a platform's full export (a ZIP of activity folders with
/// <c>.fit.gz</c> files) reads as one flat sequence. Containers nest up to <see cref="ArchiveLimits.MaxNestingDepth"/>.
/// Nothing is written to disk, and entry names that climb out of their container (<c>../</c>, absolute paths, drive
/// letters) are refused. Every problem is an <see cref="ArchiveItem"/> carrying a diagnostic; enumeration goes on
/// with the next entry unless a whole-enumeration limit was hit.
/// </summary>
public static class ArchiveReader
{
    /// <summary>Lazily enumerates what <paramref name="path"/> (a folder or a file) holds.</summary>
    public static IEnumerable<ArchiveItem> Enumerate(string path, ArchiveLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= ArchiveLimits.Default;
        limits.Validate();
        return EnumeratePath(path, new ArchiveBudget(limits));
    }

    /// <summary>Enumerates in-memory content named <paramref name="name"/> (e.g. an upload) the same way.</summary>
    public static IEnumerable<ArchiveItem> Enumerate(string name, ReadOnlyMemory<byte> content, ArchiveLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        limits ??= ArchiveLimits.Default;
        limits.Validate();
        return Dispatch(content, name, name, 0, new ArchiveBudget(limits));
    }

    private static IEnumerable<ArchiveItem> EnumeratePath(string path, ArchiveBudget budget)
    {
        if (Directory.Exists(path))
        {
            var (files, problem) = ListFiles(path);
            if (problem is not null) yield return ArchiveItem.Of(problem);
            foreach (var file in files)
            {
                var logical = Path.GetRelativePath(path, file).Replace(Path.DirectorySeparatorChar, '/');
                foreach (var item in EnumerateFile(file, logical, budget)) yield return item;
                if (budget.Exhausted) yield break;
            }
        }
        else if (File.Exists(path))
        {
            foreach (var item in EnumerateFile(path, Path.GetFileName(path), budget)) yield return item;
        }
        else
        {
            yield return ArchiveItem.Of(new FormatDiagnostic(DiagnosticSeverity.Error, "archive.io", "no such file or folder", path));
        }
    }

    /// <summary>Files under a folder in ordinal order (a stable import order), skipping links and hidden files.</summary>
    private static (List<string> Files, FormatDiagnostic? Problem) ListFiles(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        var files = new List<string>();
        try
        {
            files.AddRange(Directory.EnumerateFiles(root, "*", options));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (files, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.io", "the folder could not be listed completely: " + ex.Message, root));
        }

        files.Sort(StringComparer.Ordinal);
        return (files, null);
    }

    private static IEnumerable<ArchiveItem> EnumerateFile(string diskPath, string logicalName, ArchiveBudget budget)
    {
        var (stream, openProblem) = OpenFile(diskPath);
        if (stream is null)
        {
            yield return ArchiveItem.Of(openProblem!);
            yield break;
        }

        using (stream)
        {
            var head = new byte[ActivityFileDetector.HeadLength];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Seek(0, SeekOrigin.Begin);
            var format = ActivityFileDetector.Detect(head.AsSpan(0, headLength), logicalName);
            switch (format)
            {
                case ActivityFileFormat.Zip:
                    foreach (var item in EnumerateZip(stream, logicalName, diskPath, 1, budget)) yield return item;
                    break;
                case ActivityFileFormat.Gzip:
                    var (inflated, problem) = Gunzip(stream, stream.Length, logicalName, diskPath, budget);
                    if (problem is not null) yield return ArchiveItem.Of(problem);
                    if (inflated is null) break;
                    foreach (var item in Dispatch(inflated, WithoutGzSuffix(logicalName), diskPath, 1, budget)) yield return item;
                    break;
                default:
                    var (bytes, readProblem) = ReadPlain(stream, logicalName, diskPath, budget);
                    if (bytes is null)
                    {
                        yield return ArchiveItem.Of(readProblem!);
                        break;
                    }

                    foreach (var item in Leaf(bytes, logicalName, diskPath, format, budget)) yield return item;
                    break;
            }
        }
    }

    /// <summary>Routes decompressed content: containers are opened further, anything else is an entry.</summary>
    private static IEnumerable<ArchiveItem> Dispatch(ReadOnlyMemory<byte> content, string name, string sourcePath, int depth, ArchiveBudget budget)
    {
        var format = ActivityFileDetector.Detect(content.Span[..Math.Min(content.Length, ActivityFileDetector.HeadLength)], name);
        if (format is ActivityFileFormat.Zip or ActivityFileFormat.Gzip && depth >= budget.Limits.MaxNestingDepth)
        {
            yield return ArchiveItem.Of(new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.nesting",
                string.Create(CultureInfo.InvariantCulture, $"{name}: containers are nested deeper than {budget.Limits.MaxNestingDepth} levels; skipped"), sourcePath));
            yield break;
        }

        switch (format)
        {
            case ActivityFileFormat.Zip:
                using (var stream = MemoryStreams.Over(content))
                {
                    foreach (var item in EnumerateZip(stream, name, sourcePath, depth + 1, budget)) yield return item;
                }

                break;
            case ActivityFileFormat.Gzip:
                using (var stream = MemoryStreams.Over(content))
                {
                    var (inflated, problem) = Gunzip(stream, content.Length, name, sourcePath, budget);
                    if (problem is not null) yield return ArchiveItem.Of(problem);
                    if (inflated is null) yield break;

                    foreach (var item in Dispatch(inflated, WithoutGzSuffix(name), sourcePath, depth + 1, budget)) yield return item;
                }

                break;
            default:
                foreach (var item in Leaf(content, name, sourcePath, format, budget)) yield return item;
                break;
        }
    }

    private static IEnumerable<ArchiveItem> Leaf(ReadOnlyMemory<byte> content, string name, string sourcePath, ActivityFileFormat format, ArchiveBudget budget)
    {
        if (budget.TakeEntry(sourcePath) is { } tooMany)
        {
            yield return ArchiveItem.Of(tooMany);
            yield break;
        }

        yield return ArchiveItem.Of(new ArchiveEntry(name, sourcePath, content, format));
    }

    private static IEnumerable<ArchiveItem> EnumerateZip(Stream stream, string name, string sourcePath, int depth, ArchiveBudget budget)
    {
        var (archive, problem) = OpenZip(stream, name, sourcePath, budget);
        if (archive is null)
        {
            yield return ArchiveItem.Of(problem!);
            yield break;
        }

        using (archive)
        {
            var entries = archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).ToArray();
            foreach (var entry in entries)
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue;
                var inner = name + "/" + entry.FullName.Replace('\\', '/');
                if (UnsafeNameReason(entry.FullName) is { } reason)
                {
                    yield return ArchiveItem.Of(new FormatDiagnostic(DiagnosticSeverity.Error, "archive.entry.unsafe_name",
                        $"{name}: entry name '{Printable(entry.FullName)}' {reason}; skipped", sourcePath));
                    continue;
                }

                var (bytes, readProblem) = ReadZipEntry(entry, inner, sourcePath, budget);
                if (bytes is null)
                {
                    yield return ArchiveItem.Of(readProblem!);
                    if (budget.Exhausted) yield break;
                    continue;
                }

                foreach (var item in Dispatch(bytes, inner, sourcePath, depth, budget))
                {
                    yield return item;
                    if (budget.Exhausted) yield break;
                }
            }
        }
    }

    private static (ZipArchive? Archive, FormatDiagnostic? Problem) OpenZip(Stream stream, string name, string sourcePath, ArchiveBudget budget)
    {
        try
        {
            if (ZipDirectory.DeclaredEntryCount(stream) is { } declared && declared > budget.EntriesLeft)
            {
                return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.entries",
                    string.Create(CultureInfo.InvariantCulture, $"{name}: declares {declared} entries, more than the {budget.EntriesLeft} still allowed; not opened"), sourcePath));
            }

            var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                // The central directory may be read lazily; reading it here keeps its damage inside this try.
                _ = archive.Entries.Count;
            }
            catch
            {
                archive.Dispose();
                throw;
            }

            return (archive, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.zip.corrupt", $"{name}: not a readable ZIP archive ({ex.Message})", sourcePath));
        }
    }

    private static (byte[]? Bytes, FormatDiagnostic? Problem) ReadZipEntry(ZipArchiveEntry entry, string name, string sourcePath, ArchiveBudget budget)
    {
        var limits = budget.Limits;
        if (entry.Length > limits.MaxEntryBytes)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.entry_bytes",
                string.Create(CultureInfo.InvariantCulture, $"{name}: declares {entry.Length} bytes, more than {limits.MaxEntryBytes}; skipped"), sourcePath));
        }

        if (entry.Length > limits.RatioCheckMinimumBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.ratio",
                string.Create(CultureInfo.InvariantCulture,
                    $"{name}: declares {entry.Length} bytes from {entry.CompressedLength} compressed (more than {limits.MaxCompressionRatio}×, a decompression bomb?); skipped"),
                sourcePath));
        }

        Stream content;
        try
        {
            content = entry.Open();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.entry.corrupt", $"{name}: cannot be opened ({ex.Message})", sourcePath));
        }

        using (content)
        {
            return Inflate(content, entry.CompressedLength, name, sourcePath, budget);
        }
    }

    /// <summary>
    /// Inflates a gzip stream. The framework's reader stops quietly at a truncated end, so the trailer's ISIZE
    /// (RFC 1952 §2.3.1: input size modulo 2^32, last four bytes) is compared with what came out; a mismatch is a
    /// warning and the (probably cut) content is still passed on for its decoder to judge.
    /// </summary>
    private static (byte[]? Bytes, FormatDiagnostic? Problem) Gunzip(Stream compressed, long compressedLength, string name, string sourcePath, ArchiveBudget budget)
    {
        var start = compressed.Position;
        byte[]? bytes;
        FormatDiagnostic? problem;
        using (var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true))
        {
            (bytes, problem) = Inflate(gzip, compressedLength, name, sourcePath, budget);
        }

        if (bytes is null) return (null, problem);
        if (compressedLength >= 18 && compressed.CanSeek)
        {
            var trailer = new byte[4];
            compressed.Position = start + compressedLength - 4;
            compressed.ReadExactly(trailer);
            var stated = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            if (stated != (uint)bytes.Length)
            {
                return (bytes, new FormatDiagnostic(DiagnosticSeverity.Warning, "archive.gzip.size_mismatch",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{name}: the gzip trailer states {stated} bytes but {bytes.Length} came out; the file is probably truncated"),
                    sourcePath));
            }
        }

        return (bytes, null);
    }

    /// <summary>Decompresses within the entry limit and what is left of the total; counts the bytes produced.</summary>
    private static (byte[]? Bytes, FormatDiagnostic? Problem) Inflate(Stream source, long compressedLength, string name, string sourcePath, ArchiveBudget budget)
    {
        var limits = budget.Limits;
        var byTotal = budget.BytesLeft < limits.MaxEntryBytes;
        var maxBytes = byTotal ? Math.Max(budget.BytesLeft, 0) : limits.MaxEntryBytes;
        var (bytes, problem) = BoundedRead.ReadAll(source, compressedLength, maxBytes, limits, name, sourcePath);
        if (bytes is null)
        {
            // Hitting the total allowance ends the enumeration; hitting the entry limit skips this entry only.
            return byTotal && problem!.Code == "archive.limit.entry_bytes" ? (null, budget.TakeBytes(maxBytes + 1, sourcePath)) : (null, problem);
        }

        return budget.TakeBytes(bytes.Length, sourcePath) is { } over ? (null, over) : (bytes, null);
    }

    private static (byte[]? Bytes, FormatDiagnostic? Problem) ReadPlain(FileStream stream, string name, string sourcePath, ArchiveBudget budget)
    {
        if (stream.Length > budget.Limits.MaxEntryBytes)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.entry_bytes",
                string.Create(CultureInfo.InvariantCulture, $"{name}: {stream.Length} bytes, more than {budget.Limits.MaxEntryBytes}; skipped"), sourcePath));
        }

        try
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return budget.TakeBytes(bytes.Length, sourcePath) is { } over ? (null, over) : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.io", "the file could not be read: " + ex.Message, sourcePath));
        }
    }

    private static (FileStream? Stream, FormatDiagnostic? Problem) OpenFile(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "archive.io", "the file could not be opened: " + ex.Message, path));
        }
    }

    /// <summary>Why an entry name is refused, or null when it stays inside its container.</summary>
    internal static string? UnsafeNameReason(string name)
    {
        if (name.Length == 0) return "is empty";
        if (name.Contains('\0', StringComparison.Ordinal)) return "contains a NUL character";
        if (name[0] is '/' or '\\') return "is an absolute path";
        if (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])) return "starts with a drive letter";
        foreach (var segment in name.Split('/', '\\'))
        {
            if (segment == "..") return "climbs out of the archive with '..'";
        }

        return null;
    }

    private static bool IsGzipName(string name) => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static string WithoutGzSuffix(string name) => IsGzipName(name) ? name[..^3] : name;

    private static string Printable(string name)
    {
        var chars = name.Length > 120 ? name[..120].ToCharArray() : name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i])) chars[i] = '?';
        }

        return new string(chars);
    }
}
