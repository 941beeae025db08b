using System.Globalization;
using Formcast.Core;

namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// Collects what <see cref="FitActivityReader"/> needs while the reader streams: record samples into columns,
/// the few summary messages materialized, and then splits everything into sport sessions.
/// </summary>
internal sealed class FitActivityBuilder : IDisposable
{
    private const double SemicirclesToDegrees = 180.0 / 2147483648.0;

    private readonly FitDecodeOptions _options;
    private readonly List<FormatDiagnostic> _diagnostics = [];
    private readonly FitColumn _time;
    private readonly FitColumn[] _known;
    private readonly Dictionary<int, DeveloperChannel> _developer = [];
    private readonly List<FitMessage> _sessions = [];
    private readonly List<FitMessage> _laps = [];
    private readonly List<FitMessage> _deviceInfos = [];
    private readonly List<FitMessage> _hrs = [];
    private readonly List<(double ContextTime, double[] IntervalsMs)> _hrvs = [];
    private readonly List<int> _sports = [];
    private FitMessage? _fileId;
    private FitMessage? _fileCreator;
    private string? _userName;
    private int _segment = -1;
    private bool _skipSegment;
    private int _recordsWithoutTime;
    private bool _relativeTime;
    private double _lastTime = double.NaN;
    private readonly HashSet<string> _fileIdKeys = new(StringComparer.Ordinal);

    /// <summary>More developer channels than this are not kept (bounds memory on hostile input; real files hold a few).</summary>
    private const int MaxDeveloperChannels = 256;

    // Indexes of the well-known channels in _known.
    private const int HeartRate = 0, Speed = 1, Cadence = 2, Power = 3, Altitude = 4, Latitude = 5, Longitude = 6,
        Distance = 7, Temperature = 8, Grade = 9;

    private static readonly ChannelInfo[] KnownChannels =
    [
        Channels.HeartRate, Channels.Speed, Channels.Cadence, Channels.Power, Channels.Altitude, Channels.Latitude,
        Channels.Longitude, Channels.Distance, Channels.Temperature, Channels.Grade,
    ];

    public FitActivityBuilder(FitDecodeOptions options)
    {
        _options = options;
        _time = new FitColumn(1024);
        _known = new FitColumn[KnownChannels.Length];
        for (var i = 0; i < _known.Length; i++) _known[i] = new FitColumn(1024);
    }

    public IReadOnlyList<FormatDiagnostic> Diagnostics => _diagnostics;

    public void Accept(FitReader reader)
    {
        if (reader.SegmentIndex != _segment)
        {
            _segment = reader.SegmentIndex;
            _skipSegment = false;
        }

        var number = reader.GlobalMessageNumber;
        if (number == FitMessageNumbers.FileId)
        {
            AcceptFileId(reader);
            return;
        }

        if (_skipSegment) return;
        switch (number)
        {
            case FitMessageNumbers.Record:
                AcceptRecord(reader);
                break;
            case FitMessageNumbers.Session:
                _sessions.Add(reader.Materialize());
                break;
            case FitMessageNumbers.Lap:
                _laps.Add(reader.Materialize());
                break;
            case FitMessageNumbers.DeviceInfo:
                _deviceInfos.Add(reader.Materialize());
                break;
            case FitMessageNumbers.FileCreator:
                _fileCreator ??= reader.Materialize();
                break;
            case FitMessageNumbers.Hr:
                _hrs.Add(reader.Materialize());
                break;
            case FitMessageNumbers.Hrv:
                _hrvs.Add((_lastTime, new FitHrv(reader.Materialize()).IntervalsMs()));
                break;
            case FitMessageNumbers.Sport:
                if (reader.TryGetRaw(0, out var sport)) _sports.Add((int)sport);
                break;
            case FitMessageNumbers.UserProfile:
                _userName ??= reader.GetString(0);
                break;
        }
    }

    private void AcceptFileId(FitReader reader)
    {
        var message = reader.Materialize();
        var key = string.Join('|', message.Fields.Where(f => f.HasValue).Select(f => f.ToString()));
        if (!_fileIdKeys.Add(key) && _segment > 0)
        {
            _skipSegment = true;
            Add(DiagnosticSeverity.Warning, "fit.chain.duplicate",
                $"chained file {_segment} repeats the file_id of an earlier one; its messages are not used again", reader.MessageOffset);
            return;
        }

        _fileId ??= message;
    }

    private void AcceptRecord(FitReader reader)
    {
        if (reader.Timestamp is not { } timestamp)
        {
            _recordsWithoutTime++;
            return;
        }

        if (!FitTime.IsAbsolute(timestamp)) _relativeTime = true;
        var row = _time.Count;
        _time.Add(timestamp);
        _lastTime = timestamp;
        _known[HeartRate].Add(Value(reader, 3));
        _known[Speed].Add(reader.TryGetValue(73, out var speed) || reader.TryGetValue(6, out speed) ? speed : double.NaN);
        var cadence = Value(reader, 4);
        if (!double.IsNaN(cadence) && reader.TryGetValue(53, out var fraction)) cadence += fraction;
        _known[Cadence].Add(cadence);
        _known[Power].Add(Value(reader, 7));
        _known[Altitude].Add(reader.TryGetValue(78, out var altitude) || reader.TryGetValue(2, out altitude) ? altitude : double.NaN);
        _known[Latitude].Add(reader.TryGetRaw(0, out var lat) ? lat * SemicirclesToDegrees : double.NaN);
        _known[Longitude].Add(reader.TryGetRaw(1, out var lon) ? lon * SemicirclesToDegrees : double.NaN);
        _known[Distance].Add(Value(reader, 5));
        _known[Temperature].Add(Value(reader, 13));
        _known[Grade].Add(Value(reader, 9));

        for (var i = 0; i < reader.DeveloperFieldCount; i++)
        {
            if (!reader.TryGetDeveloperValue(i, out var value, out var description) || description is null) continue;
            var key = FitReader.DeveloperKey(description.DeveloperDataIndex, description.FieldNumber);
            if (!_developer.TryGetValue(key, out var channel))
            {
                if (_developer.Count >= MaxDeveloperChannels) continue;
                channel = new DeveloperChannel(description, new FitColumn(64, row));
                _developer[key] = channel;
            }

            while (channel.Column.Count < row) channel.Column.Add(double.NaN);
            if (channel.Column.Count == row) channel.Column.Add(value);
        }
    }

    private static double Value(FitReader reader, byte field) => reader.TryGetValue(field, out var value) ? value : double.NaN;

    public RecordedFile Build()
    {
        foreach (var channel in _developer.Values)
        {
            while (channel.Column.Count < _time.Count) channel.Column.Add(double.NaN);
        }

        if (_recordsWithoutTime > 0)
            Add(DiagnosticSeverity.Warning, "fit.record.no-time", $"{_recordsWithoutTime} record messages carry no timestamp and were left out of the streams", null);
        if (_relativeTime)
            Add(DiagnosticSeverity.Warning, "fit.time.relative", "record times are device-relative (below 0x10000000), not dates; they are placed after the FIT epoch", null);

        SortRecordsByTime();
        MergeHeartRates();

        var sessions = BuildSessionFrames();
        var recorded = new List<RecordedSession>(sessions.Count);
        var boundaries = sessions.Select(s => s.StartFit).ToArray();
        var rr = AssignRrIntervals(boundaries);
        var laps = AssignLaps(boundaries);
        var times = _time.Values;
        var first = 0;
        for (var s = 0; s < sessions.Count; s++)
        {
            var last = s + 1 < sessions.Count ? LowerBound(times, boundaries[s + 1]) : times.Length;
            recorded.Add(BuildSession(sessions[s], first, last, rr[s], laps[s]));
            first = last;
        }

        return new RecordedFile
        {
            Format = "fit",
            Device = BuildDevice(),
            CreatedUtc = _fileId?.GetRaw(4) is { } created && FitTime.IsAbsolute((uint)created) ? FitTime.ToDateTime((uint)created) : null,
            OwnerHints = BuildOwnerHints(),
            Sessions = recorded,
        };
    }

    private void SortRecordsByTime()
    {
        var times = _time.Values;
        var backwards = 0;
        for (var i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1]) backwards++;
        }

        if (backwards == 0) return;
        Add(DiagnosticSeverity.Warning, "fit.record.time-order", $"{backwards} record messages go back in time; records were put in time order", null);
        var order = Enumerable.Range(0, times.Length).ToArray();
        var keys = times.ToArray();
        Array.Sort(keys, order);
        // Array.Sort is not stable; restore file order among equal times.
        for (var i = 0; i < order.Length;)
        {
            var j = i + 1;
            while (j < order.Length && keys[j] == keys[i]) j++;
            Array.Sort(order, i, j - i);
            i = j;
        }

        _time.Permute(order);
        foreach (var column in _known) column.Permute(order);
        foreach (var channel in _developer.Values) channel.Column.Permute(order);
    }

    private void MergeHeartRates()
    {
        if (_hrs.Count == 0 || _time.Count == 0) return;
        var samples = FitHeartRates.Expand(_hrs.Select(m => new FitHr(m)));
        if (samples.Count == 0) return;
        var merged = new double[_time.Count];
        FitHeartRates.Merge(samples, _time.Values, merged);
        var heartRate = _known[HeartRate].WritableValues;
        var filled = 0;
        for (var i = 0; i < merged.Length; i++)
        {
            if (!double.IsNaN(heartRate[i]) || double.IsNaN(merged[i])) continue;
            heartRate[i] = merged[i];
            filled++;
        }

        if (filled > 0)
        {
            Add(DiagnosticSeverity.Info, "fit.hr.merged", $"heart rate of {filled} records taken from {_hrs.Count} hr messages", null);
        }
    }

    private List<SessionFrame> BuildSessionFrames()
    {
        var frames = new List<SessionFrame>();
        var times = _time.Values;
        foreach (var message in _sessions)
        {
            var session = new FitSession(message);
            var end = message.RawTimestamp;
            var elapsed = session.TotalElapsedSeconds;
            double? start = message.GetRaw(2) is { } s ? s : end is { } e && elapsed is { } el ? e - el : null;
            start ??= times.Length > 0 ? times[0] : null;
            if (start is null) continue;
            elapsed ??= end is { } e2 ? e2 - start.Value : 0;
            frames.Add(new SessionFrame(start.Value, Math.Max(0, elapsed.Value), session.Sport ?? 0, session.SubSport ?? 0, message));
        }

        if (frames.Count == 0 && times.Length > 0)
        {
            var sport = _sports.Count > 0 ? _sports[0] : _laps.Select(l => new FitLap(l).Sport).FirstOrDefault(s => s is not null) ?? 0;
            frames.Add(new SessionFrame(times[0], times[^1] - times[0], sport, 0, null));
        }

        frames.Sort((a, b) => a.StartFit.CompareTo(b.StartFit));
        return frames;
    }

    private List<double[]?> AssignRrIntervals(double[] boundaries)
    {
        var perSession = new List<List<double>>(boundaries.Length);
        for (var i = 0; i < boundaries.Length; i++) perSession.Add([]);
        if (boundaries.Length > 0)
        {
            foreach (var (context, intervals) in _hrvs) perSession[SessionOf(boundaries, context)].AddRange(intervals);
        }

        return perSession.Select(l => l.Count > 0 ? l.ToArray() : null).ToList();
    }

    private List<List<Lap>> AssignLaps(double[] boundaries)
    {
        var perSession = new List<List<Lap>>(boundaries.Length);
        for (var i = 0; i < boundaries.Length; i++) perSession.Add([]);
        if (boundaries.Length == 0) return perSession;
        foreach (var message in _laps)
        {
            var lap = new FitLap(message);
            var start = message.GetRaw(2) ?? (message.RawTimestamp is { } end && lap.TotalElapsedSeconds is { } elapsed ? (long)(end - elapsed) : null);
            if (start is null) continue;
            perSession[SessionOf(boundaries, start.Value)].Add(new Lap(
                FitTime.ToDateTime((uint)start.Value),
                lap.TotalElapsedSeconds ?? 0,
                lap.TotalDistanceMeters,
                lap.AverageHeartRateBpm,
                lap.MaxHeartRateBpm,
                lap.AverageSpeedMetersPerSecond,
                lap.AveragePowerWatts,
                lap.AverageCadencePerMinute,
                lap.LapTrigger is { } trigger ? FitNames.LapTrigger(trigger) : null));
        }

        return perSession;
    }

    /// <summary>The session a time belongs to: the last one starting at or before it (the first for earlier times).</summary>
    private static int SessionOf(double[] boundaries, double time)
    {
        if (double.IsNaN(time)) return 0;
        var index = UpperBound(boundaries, time) - 1;
        return Math.Max(0, index);
    }

    private static int UpperBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private RecordedSession BuildSession(SessionFrame frame, int first, int last, double[]? rrIntervalsMs, List<Lap> laps)
    {
        SampleStreams? streams = null;
        if (last > first || rrIntervalsMs is not null)
        {
            var count = last - first;
            var time = new double[count];
            var times = _time.Values;
            for (var i = 0; i < count; i++) time[i] = times[first + i] - frame.StartFit;
            var channels = new Dictionary<string, double[]>(StringComparer.Ordinal);
            for (var c = 0; c < _known.Length; c++) AddChannel(channels, KnownChannels[c].Name, _known[c].Values[first..last]);
            foreach (var channel in _developer.Values.OrderBy(d => d.Description.Key))
                AddChannel(channels, ChannelName(channels, channel.Description), channel.Column.Values[first..last]);
            streams = new SampleStreams(time, channels, rrIntervalsMs);
        }

        var session = frame.Message is { } m ? new FitSession(m) : (FitSession?)null;
        var (sport, subSport) = FitSports.Map(frame.Sport, frame.SubSport);
        return new RecordedSession
        {
            Sport = sport,
            SubSport = subSport,
            StartUtc = FitTime.ToDateTime(frame.StartFit),
            DurationSeconds = frame.ElapsedSeconds,
            MovingSeconds = session?.TotalTimerSeconds,
            DistanceMeters = session?.TotalDistanceMeters ?? LastValid(_known[Distance].Values[first..last]),
            AverageHeartRateBpm = session?.AverageHeartRateBpm,
            MaxHeartRateBpm = session?.MaxHeartRateBpm,
            AveragePowerWatts = session?.AveragePowerWatts,
            AscentMeters = session?.TotalAscentMeters,
            EnergyKilocalories = session?.TotalCalories,
            Laps = laps,
            Streams = streams,
        };
    }

    private static void AddChannel(Dictionary<string, double[]> channels, string name, ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            channels[name] = values.ToArray();
            return;
        }
    }

    private static string ChannelName(Dictionary<string, double[]> taken, FitFieldDescription description)
    {
        var name = string.IsNullOrWhiteSpace(description.Name)
            ? string.Create(CultureInfo.InvariantCulture, $"developer_{description.DeveloperDataIndex}_{description.FieldNumber}")
            : description.Name;
        if (!taken.ContainsKey(name) && !Channels.Known.ContainsKey(name)) return name;
        return string.Create(CultureInfo.InvariantCulture, $"{name}_{description.DeveloperDataIndex}_{description.FieldNumber}");
    }

    private static double? LastValid(ReadOnlySpan<double> values)
    {
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (!double.IsNaN(values[i])) return values[i];
        }

        return null;
    }

    private DeviceInfo? BuildDevice()
    {
        if (_fileId is null) return null;
        var fileId = new FitFileId(_fileId);
        var manufacturer = fileId.Manufacturer;
        string? product = fileId.Product is { } p
            ? manufacturer is { } mf && FitNames.UsesGarminProduct(mf) ? FitNames.GarminProduct(p) : p.ToString(CultureInfo.InvariantCulture)
            : fileId.ProductName;
        var creator = _deviceInfos.Select(d => new FitDeviceInfo(d)).FirstOrDefault(d => d.DeviceIndex == 0);
        var software = creator.Message is not null && creator.SoftwareVersion is { } v
            ? v.ToString("0.00", CultureInfo.InvariantCulture)
            : _fileCreator is { } fc && new FitFileCreator(fc).SoftwareVersion is { } raw
                ? (raw / 100.0).ToString("0.00", CultureInfo.InvariantCulture)
                : null;
        return new DeviceInfo(
            manufacturer is { } m ? FitNames.Manufacturer(m) : null,
            product,
            fileId.SerialNumber?.ToString(CultureInfo.InvariantCulture),
            software);
    }

    private List<string> BuildOwnerHints()
    {
        var hints = new List<string>();
        if (!string.IsNullOrWhiteSpace(_userName)) hints.Add("user:" + _userName);
        if (_fileId is { } id && new FitFileId(id).SerialNumber is { } serial)
            hints.Add(string.Create(CultureInfo.InvariantCulture, $"serial:{serial}"));
        return hints;
    }

    private void Add(DiagnosticSeverity severity, string code, string message, long? offset) =>
        _diagnostics.Add(new FormatDiagnostic(severity, code, message, _options.FileName, offset));

    public void Dispose()
    {
        _time.Dispose();
        foreach (var column in _known) column.Dispose();
        foreach (var channel in _developer.Values) channel.Column.Dispose();
    }

    private sealed record DeveloperChannel(FitFieldDescription Description, FitColumn Column);

    private sealed record SessionFrame(double StartFit, double ElapsedSeconds, int Sport, int SubSport, FitMessage? Message);
}
