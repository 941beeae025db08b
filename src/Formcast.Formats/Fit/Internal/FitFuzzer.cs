using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;

namespace Formcast.Formats.Fit.Internal;

/// <summary>A problem a mutated input exposed: an exception, a slow decode, excess allocation, or an untyped error.</summary>
internal sealed record FitFuzzFinding(int Iteration, string Mutation, string Problem, byte[] Input);

/// <summary>What a fuzz campaign did.</summary>
internal sealed record FitFuzzReport(
    long Inputs,
    long InputBytes,
    long Failed,
    long Partial,
    long Succeeded,
    TimeSpan Elapsed,
    TimeSpan SlowestDecode,
    double MaxAllocationPerInputByte,
    IReadOnlyList<FitFuzzFinding> Findings,
    IReadOnlyDictionary<string, long> ErrorCodes);

/// <summary>
/// Seeded mutation fuzzing of the FIT decoders: bit flips, byte overwrites, truncation, insertion and deletion,
/// chunk duplication, splices of two files, and hostile declared sizes (header data size, field and developer field
/// counts and sizes), half of them with CRCs repaired so the mutation reaches the record parser. Every input is
/// decoded by <see cref="FitDecoder"/> and <see cref="FitActivityReader"/>; a finding is any exception, a decode
/// slower than the limit, allocation beyond a linear bound, or a failure without a typed "fit.*" error at a byte
/// offset inside the input.
/// </summary>
internal sealed class FitFuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    /// <summary>Allocation allowed per decode: this many bytes per input byte, plus <see cref="AllocationSlackBytes"/>.</summary>
    public const double AllocationBytesPerInputByte = 400;

    public const long AllocationSlackBytes = 8 << 20;

    private const int LargePrefixBytes = 64 * 1024;

    private readonly Random _random = new(seed);

    public TimeSpan PerInputLimit { get; init; } = TimeSpan.FromSeconds(5);

    public int MaxFindings { get; init; } = 20;

    public FitFuzzReport Run(long count, IProgress<long>? progress = null)
    {
        if (seeds.Count == 0) throw new InvalidOperationException("no seed inputs");
        var findings = new List<FitFuzzFinding>();
        var codes = new Dictionary<string, long>(StringComparer.Ordinal);
        long bytes = 0, failed = 0, partial = 0, succeeded = 0;
        var slowest = TimeSpan.Zero;
        var maxRatio = 0.0;
        var total = Stopwatch.StartNew();
        for (long i = 0; i < count; i++)
        {
            var (input, mutation) = Mutate();
            bytes += input.Length;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            string? problem = null;
            DecodeResult<FitFile>? decoded = null;
            try
            {
                decoded = FitDecoder.Decode(input);
                var activity = FitActivityReader.Read(input);
                if ((decoded.Value is null) != (activity.Value is null)) problem = "decoder and activity reader disagree on whether anything was readable";
            }
#pragma warning disable CA1031 // Any exception escaping the decoders is the finding being looked for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var at = e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5) ?? [];
                problem = $"{e.GetType().Name}: {e.Message} {string.Join(" ", at)}";
            }

            watch.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            if (watch.Elapsed > slowest) slowest = watch.Elapsed;
            maxRatio = Math.Max(maxRatio, (allocated - AllocationSlackBytes) / (double)Math.Max(1, input.Length));
            if (problem is null && watch.Elapsed > PerInputLimit)
                problem = string.Create(CultureInfo.InvariantCulture, $"decoding took {watch.Elapsed.TotalMilliseconds:F0} ms (limit {PerInputLimit.TotalMilliseconds:F0} ms)");
            if (problem is null && allocated > AllocationSlackBytes + AllocationBytesPerInputByte * input.Length)
                problem = string.Create(CultureInfo.InvariantCulture, $"allocated {allocated} bytes for {input.Length} input bytes");
            if (problem is null && decoded is not null) problem = CheckDiagnostics(decoded, input.Length, codes);

            if (decoded?.Value is null) failed++;
            else if (decoded.Succeeded) succeeded++;
            else partial++;
            if (problem is not null && findings.Count < MaxFindings) findings.Add(new FitFuzzFinding((int)Math.Min(i, int.MaxValue), mutation, problem, input));
            if (i % 10_000 == 0) progress?.Report(i);
        }

        return new FitFuzzReport(count, bytes, failed, partial, succeeded, total.Elapsed, slowest, maxRatio, findings, codes);
    }

    private static string? CheckDiagnostics(DecodeResult<FitFile> result, int length, Dictionary<string, long> codes)
    {
        foreach (var d in result.Diagnostics)
        {
            if (!d.Code.StartsWith("fit.", StringComparison.Ordinal)) return $"diagnostic code '{d.Code}' is not a fit.* code";
            if (d.ByteOffset is < 0 || d.ByteOffset > length) return $"diagnostic {d} points outside the {length}-byte input";
            if (d.Severity == DiagnosticSeverity.Error)
            {
                codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
                if (d.ByteOffset is null) return $"error {d} has no byte offset";
            }
        }

        if (!result.Succeeded && result.FirstError is null && result.Value is null) return "failed without an error diagnostic";
        return null;
    }

    private (byte[] Input, string Mutation) Mutate()
    {
        var source = seeds[_random.Next(seeds.Count)];
        if (source.Length > LargePrefixBytes && _random.Next(2) == 0) source = source[..(LargePrefixBytes / 2 + _random.Next(LargePrefixBytes / 2))];
        var data = new List<byte>(source);
        var steps = 1 + (_random.Next(4) == 0 ? _random.Next(4) : 0);
        var names = new List<string>(steps);
        for (var s = 0; s < steps; s++) names.Add(MutateOnce(data));
        var input = data.ToArray();
        if (_random.Next(2) == 0)
        {
            RepairCrcs(input);
            names.Add("crc-repaired");
        }

        return (input, string.Join("+", names));
    }

    private string MutateOnce(List<byte> data)
    {
        if (data.Count == 0)
        {
            data.AddRange(RandomBytes(1 + _random.Next(32)));
            return "random";
        }

        var at = _random.Next(data.Count);
        switch (_random.Next(10))
        {
            case 0:
                for (var i = 1 + _random.Next(8); i > 0; i--) data[_random.Next(data.Count)] ^= (byte)(1 << _random.Next(8));
                return "bit-flip";
            case 1:
                byte[] interesting = [0x00, 0xFF, 0x7F, 0x80, 0x40, 0x20, 0x0E, 0x0C];
                data[at] = _random.Next(2) == 0 ? interesting[_random.Next(interesting.Length)] : (byte)_random.Next(256);
                return "byte-set";
            case 2:
                data.RemoveRange(at, data.Count - at);
                return "truncate";
            case 3:
                data.InsertRange(at, RandomBytes(1 + _random.Next(16)));
                return "insert";
            case 4:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(16)));
                return "delete";
            case 5:
                var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                var chunk = data.GetRange(at, length);
                data.InsertRange(_random.Next(data.Count + 1), chunk);
                return "duplicate-chunk";
            case 6:
                var other = seeds[_random.Next(seeds.Count)];
                var cut = _random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(cut, Math.Min(other.Length - cut, LargePrefixBytes)).ToArray());
                return "splice";
            case 7:
                if (data.Count >= 8)
                {
                    uint[] sizes = [uint.MaxValue, int.MaxValue, 0, (uint)data.Count * 1000, (uint)_random.Next()];
                    var size = sizes[_random.Next(sizes.Length)];
                    for (var i = 0; i < 4; i++) data[4 + i] = (byte)(size >> (8 * i));
                }

                return "header-data-size";
            default:
                return HostileDefinition(data);
        }
    }

    /// <summary>Finds a definition message and gives it huge field counts or sizes.</summary>
    private string HostileDefinition(List<byte> data)
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var p = _random.Next(data.Count);
            if ((data[p] & 0xC0) != 0x40 || p + 6 >= data.Count || data[p + 1] != 0 || data[p + 2] > 1) continue;
            var fields = data[p + 5];
            switch (_random.Next(3))
            {
                case 0:
                    data[p + 5] = 0xFF;
                    return "definition-field-count";
                case 1 when fields > 0 && p + 6 + 3 * fields <= data.Count:
                    data[p + 7 + 3 * _random.Next(fields)] = 0xFF;
                    return "definition-field-size";
                default:
                    data[p] |= 0x20;
                    if (p + 6 + 3 * fields < data.Count) data[p + 6 + 3 * fields] = 0xFF;
                    return "definition-developer-fields";
            }
        }

        data[_random.Next(data.Count)] = 0xFF;
        return "byte-set";
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Recomputes the first header's CRC and a file CRC at the end its data size declares, when in range.</summary>
    private static void RepairCrcs(byte[] data)
    {
        if (data.Length < 14 || data[0] != 14) return;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(12), FitCrc.Compute(data.AsSpan(0, 12)));
        var end = 14L + BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4));
        if (end + 2 <= data.Length) BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan((int)end), FitCrc.Compute(data.AsSpan(0, (int)end)));
    }
}
