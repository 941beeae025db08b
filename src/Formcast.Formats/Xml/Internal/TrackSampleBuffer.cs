using Formcast.Core;

namespace Formcast.Formats.Xml.Internal;

/// <summary>
/// Gathers timed track points into the well-known channels and builds <see cref="SampleStreams"/> on one clock
/// (seconds from the session start). Channels nobody wrote to are left out; a point missing a value holds NaN.
/// Points out of time order are put in order (stably), because a common clock must ascend.
/// </summary>
internal sealed class TrackSampleBuffer
{
    public const int HeartRate = 0;
    public const int Cadence = 1;
    public const int Speed = 2;
    public const int Power = 3;
    public const int Altitude = 4;
    public const int Latitude = 5;
    public const int Longitude = 6;
    public const int Distance = 7;
    public const int Temperature = 8;
    public const int ChannelCount = 9;

    private static readonly ChannelInfo[] ChannelOf =
    [
        Channels.HeartRate, Channels.Cadence, Channels.Speed, Channels.Power, Channels.Altitude,
        Channels.Latitude, Channels.Longitude, Channels.Distance, Channels.Temperature,
    ];

    private readonly List<long> _ticks = [];
    private readonly List<double>[] _values;
    private readonly bool[] _seen = new bool[ChannelCount];
    private bool _ordered = true;

    public TrackSampleBuffer(int capacity = 0)
    {
        _values = new List<double>[ChannelCount];
        for (var c = 0; c < ChannelCount; c++) _values[c] = new List<double>(capacity);
        _ticks.Capacity = capacity;
    }

    public int Count => _ticks.Count;

    /// <summary>Number of points that came earlier than the point before them.</summary>
    public int OutOfOrderCount { get; private set; }

    public DateTimeOffset? FirstTime => _ticks.Count == 0 ? null : new DateTimeOffset(MinTicks(), TimeSpan.Zero);

    public DateTimeOffset? LastTime => _ticks.Count == 0 ? null : new DateTimeOffset(MaxTicks(), TimeSpan.Zero);

    /// <summary>Adds a point; <paramref name="values"/> holds one value per channel index (NaN when absent).</summary>
    public void Add(DateTimeOffset timeUtc, ReadOnlySpan<double> values)
    {
        var ticks = timeUtc.UtcTicks;
        if (_ticks.Count > 0 && ticks < _ticks[^1])
        {
            _ordered = false;
            OutOfOrderCount++;
        }

        _ticks.Add(ticks);
        for (var c = 0; c < ChannelCount; c++)
        {
            var v = values[c];
            _values[c].Add(v);
            if (!double.IsNaN(v)) _seen[c] = true;
        }
    }

    public bool HasChannel(int channel) => _seen[channel];

    /// <summary>The streams with times as seconds from <paramref name="startUtc"/>.</summary>
    public SampleStreams Build(DateTimeOffset startUtc)
    {
        var n = _ticks.Count;
        var order = _ordered ? null : StableOrder();
        var time = new double[n];
        var startTicks = startUtc.UtcTicks;
        for (var i = 0; i < n; i++)
        {
            var src = order is null ? i : order[i];
            time[i] = (_ticks[src] - startTicks) / (double)TimeSpan.TicksPerSecond;
        }

        var channels = new Dictionary<string, double[]>(StringComparer.Ordinal);
        for (var c = 0; c < ChannelCount; c++)
        {
            if (!_seen[c]) continue;
            var source = _values[c];
            var values = new double[n];
            for (var i = 0; i < n; i++) values[i] = source[order is null ? i : order[i]];
            channels[ChannelOf[c].Name] = values;
        }

        return new SampleStreams(time, channels);
    }

    private int[] StableOrder()
    {
        var order = new int[_ticks.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var byTime = _ticks[a].CompareTo(_ticks[b]);
            return byTime != 0 ? byTime : a.CompareTo(b);
        });
        return order;
    }

    private long MinTicks()
    {
        if (_ordered) return _ticks[0];
        var min = long.MaxValue;
        foreach (var t in _ticks) min = Math.Min(min, t);
        return min;
    }

    private long MaxTicks()
    {
        if (_ordered) return _ticks[^1];
        var max = long.MinValue;
        foreach (var t in _ticks) max = Math.Max(max, t);
        return max;
    }
}
