namespace Formcast.Core;

/// <summary>
/// The sample streams of one activity on a common clock: <see cref="TimeSeconds"/> holds each sample's offset
/// from the activity start, and every channel has one value per sample (<see cref="double.NaN"/> where the sensor
/// gave nothing). RR intervals run on their own beat clock and are kept separately.
/// Arrays are owned by this instance; treat them as read-only.
/// </summary>
public sealed class SampleStreams
{
    private readonly Dictionary<string, double[]> _channels;

    public SampleStreams(double[] timeSeconds, IReadOnlyDictionary<string, double[]> channels, double[]? rrIntervalsMs = null)
    {
        ArgumentNullException.ThrowIfNull(timeSeconds);
        ArgumentNullException.ThrowIfNull(channels);
        for (var i = 1; i < timeSeconds.Length; i++)
        {
            if (!(timeSeconds[i] >= timeSeconds[i - 1]))
                throw new ArgumentException($"sample times must be ascending (sample {i}: {timeSeconds[i]} after {timeSeconds[i - 1]})", nameof(timeSeconds));
        }

        _channels = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (name, values) in channels)
        {
            if (values.Length != timeSeconds.Length)
                throw new ArgumentException($"channel '{name}' has {values.Length} values for {timeSeconds.Length} samples", nameof(channels));
            _channels[name] = values;
        }

        TimeSeconds = timeSeconds;
        RrIntervalsMs = rrIntervalsMs;
    }

    /// <summary>Offsets from the activity start, seconds, ascending.</summary>
    public double[] TimeSeconds { get; }

    /// <summary>Beat-to-beat intervals, milliseconds, in order, when a chest strap or optical sensor logged them.</summary>
    public double[]? RrIntervalsMs { get; }

    /// <summary>Number of samples on the common clock.</summary>
    public int Count => TimeSeconds.Length;

    /// <summary>Channel names in ordinal order.</summary>
    public IEnumerable<string> ChannelNames => _channels.Keys.Order(StringComparer.Ordinal);

    /// <summary>All channels (name → values).</summary>
    public IReadOnlyDictionary<string, double[]> Channels => _channels;

    /// <summary>The values of <paramref name="channel"/>, or null when the activity has no such channel.</summary>
    public double[]? Get(ChannelInfo channel) => Get(channel.Name);

    /// <summary>The values of the named channel, or null when absent.</summary>
    public double[]? Get(string name) => _channels.TryGetValue(name, out var v) ? v : null;

    /// <summary>True when both hold the same samples bit for bit (NaN equals NaN).</summary>
    public bool ContentEquals(SampleStreams? other)
    {
        if (other is null || other.Count != Count || other._channels.Count != _channels.Count) return false;
        if (!SameBits(TimeSeconds, other.TimeSeconds)) return false;
        if ((RrIntervalsMs is null) != (other.RrIntervalsMs is null)) return false;
        if (RrIntervalsMs is not null && !SameBits(RrIntervalsMs, other.RrIntervalsMs!)) return false;
        foreach (var (name, values) in _channels)
        {
            if (!other._channels.TryGetValue(name, out var theirs) || !SameBits(values, theirs)) return false;
        }

        return true;
    }

    private static bool SameBits(double[] a, double[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i]) && !(double.IsNaN(a[i]) && double.IsNaN(b[i])))
                return false;
        }

        return true;
    }
}
