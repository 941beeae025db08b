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
    private readonly List<FitHrBlock> _hrs = [];
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
    private double[] _times = [];
    private readonly HashSet<string> _fileIdKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<FitDefinition, RecordPlan> _plans = new(ReferenceEqualityComparer.Instance);
    private FitDefinition? _planDefinition;
    private RecordPlan? _plan;

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
        _time = new FitColumn();
        _known = new FitColumn[KnownChannels.Length];
        for (var i = 0; i < _known.Length; i++) _known[i] = new FitColumn();
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
                AcceptHr(reader);
                break;
            case FitMessageNumbers.Hrv:
                AcceptHrv(reader);
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

        var definition = reader.CurrentDefinition;
        if (!ReferenceEquals(definition, _planDefinition))
        {
            _planDefinition = definition;
            _plan = _plans.TryGetValue(definition, out var cached) ? cached : _plans[definition] = new RecordPlan(definition);
        }

        var plan = _plan!;
        if (!FitTime.IsAbsolute(timestamp)) _relativeTime = true;
        var row = _time.Count;
        _time.Add(timestamp);
        _lastTime = timestamp;
        _known[HeartRate].Add(Declared(reader, plan.HeartRate));
        _known[Speed].Add(
            plan.EnhancedSpeed >= 0 && reader.TryGetDeclared(plan.EnhancedSpeed, out var speed) ? speed
            : plan.Speed >= 0 && reader.TryGetDeclared(plan.Speed, out speed) ? speed
            : plan.Compressed && reader.TryGetValue(6, out speed) ? speed
            : double.NaN);
        var cadence = Declared(reader, plan.Cadence);
        if (plan.FractionalCadence >= 0 && !double.IsNaN(cadence) && reader.TryGetDeclared(plan.FractionalCadence, out var fraction)) cadence += fraction;
        _known[Cadence].Add(cadence);
        _known[Power].Add(Declared(reader, plan.Power));
        _known[Altitude].Add(
            plan.EnhancedAltitude >= 0 && reader.TryGetDeclared(plan.EnhancedAltitude, out var altitude) ? altitude
            : plan.Altitude >= 0 && reader.TryGetDeclared(plan.Altitude, out altitude) ? altitude
            : double.NaN);
        _known[Latitude].Add(plan.Latitude >= 0 && reader.TryGetDeclared(plan.Latitude, out var lat) ? lat * SemicirclesToDegrees : double.NaN);
        _known[Longitude].Add(plan.Longitude >= 0 && reader.TryGetDeclared(plan.Longitude, out var lon) ? lon * SemicirclesToDegrees : double.NaN);
        _known[Distance].Add(
            plan.Distance >= 0 && reader.TryGetDeclared(plan.Distance, out var distance) ? distance
            : plan.Compressed && reader.TryGetValue(5, out distance) ? distance
            : double.NaN);
        _known[Temperature].Add(Declared(reader, plan.Temperature));
        _known[Grade].Add(Declared(reader, plan.Grade));

        for (var i = 0; i < plan.DeveloperFields; i++)
        {
            if (!reader.TryGetDeveloperValue(i, out var value, out var description) || description is null) continue;
            var key = FitReader.DeveloperKey(description.DeveloperDataIndex, description.FieldNumber);
            if (!_developer.TryGetValue(key, out var channel))
            {
                if (_developer.Count >= MaxDeveloperChannels) continue;
                channel = new DeveloperChannel(description, new FitColumn(row));
                _developer[key] = channel;
            }

            while (channel.Column.Count < row) channel.Column.Add(double.NaN);
            if (channel.Column.Count == row) channel.Column.Add(value);
        }
    }

    private static double Declared(FitReader reader, int index) => index >= 0 && reader.TryGetDeclared(index, out var value) ? value : double.NaN;

    private void AcceptHr(FitReader reader)
    {
        Span<double> buffer = stackalloc double[256];
        var events = buffer[..reader.GetValues(9, buffer)].ToArray();
        var bpm = buffer[..reader.GetValues(6, buffer)].ToArray();
        double? anchor = reader.Timestamp is { } t ? t + (reader.TryGetValue(0, out var fraction) ? fraction : 0) : null;
        _hrs.Add(new FitHrBlock(anchor, events, bpm));
    }

    /// <summary>hrv.time is uint16 with scale 1000 in seconds, so its raw values are milliseconds.</summary>
    private void AcceptHrv(FitReader reader)
    {
        Span<long> buffer = stackalloc long[256];
        var count = reader.GetRawValues(0, buffer);
        if (count == 0) return;
        var intervals = new double[count];
        for (var i = 0; i < count; i++) intervals[i] = buffer[i];
        _hrvs.Add((_lastTime, intervals));
    }

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
        _times = _time.ToArray(0, _time.Count);
        MergeHeartRates();

        var sessions = BuildSessionFrames();
        var recorded = new List<RecordedSession>(sessions.Count);
        var boundaries = sessions.Select(s => s.StartFit).ToArray();
        var rr = AssignRrIntervals(boundaries);
        var laps = AssignLaps(boundaries);
        var times = _times;
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
        var backwards = 0;
        for (var i = 1; i < _time.Count; i++)
        {
            if (_time[i] < _time[i - 1]) backwards++;
        }

        if (backwards == 0) return;
        var times = _time.ToArray(0, _time.Count);
        Add(DiagnosticSeverity.Warning, "fit.record.time-order", $"{backwards} record messages go back in time; records were put in time order", null);
        var order = Enumerable.Range(0, times.Length).ToArray();
        var keys = times;
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
        var samples = FitHeartRates.Expand(_hrs);
        if (samples.Count == 0) return;
        var merged = new double[_time.Count];
        FitHeartRates.Merge(samples, _times, merged);
        var heartRate = _known[HeartRate];
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
        var times = _times;
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
            for (var i = 0; i < count; i++) time[i] = _times[first + i] - frame.StartFit;
            var channels = new Dictionary<string, double[]>(StringComparer.Ordinal);
            for (var c = 0; c < _known.Length; c++) AddChannel(channels, KnownChannels[c].Name, _known[c], first, last);
            foreach (var channel in _developer.Values.OrderBy(d => d.Description.Key))
                AddChannel(channels, ChannelName(channels, channel.Description), channel.Column, first, last);
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
            DistanceMeters = session?.TotalDistanceMeters ?? LastValid(_known[Distance], first, last),
            AverageHeartRateBpm = session?.AverageHeartRateBpm,
            MaxHeartRateBpm = session?.MaxHeartRateBpm,
            AveragePowerWatts = session?.AveragePowerWatts,
            AscentMeters = session?.TotalAscentMeters,
            EnergyKilocalories = session?.TotalCalories,
            Laps = laps,
            Streams = streams,
        };
    }

    private static void AddChannel(Dictionary<string, double[]> channels, string name, FitColumn column, int first, int last)
    {
        if (column.AnyValue(first, last)) channels[name] = column.ToArray(first, last);
    }

    private static string ChannelName(Dictionary<string, double[]> taken, FitFieldDescription description)
    {
        var name = string.IsNullOrWhiteSpace(description.Name)
            ? string.Create(CultureInfo.InvariantCulture, $"developer_{description.DeveloperDataIndex}_{description.FieldNumber}")
            : description.Name;
        if (!taken.ContainsKey(name) && !Channels.Known.ContainsKey(name)) return name;
        return string.Create(CultureInfo.InvariantCulture, $"{name}_{description.DeveloperDataIndex}_{description.FieldNumber}");
    }

    private static double? LastValid(FitColumn column, int first, int last)
    {
        for (var i = last - 1; i >= first; i--)
        {
            if (!double.IsNaN(column[i])) return column[i];
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

    /// <summary>Where a record definition keeps the fields the streams need (definition indexes, -1 when absent).</summary>
    private sealed class RecordPlan(FitDefinition definition)
    {
        public int HeartRate { get; } = definition.IndexOf(3);

        public int Cadence { get; } = definition.IndexOf(4);

        public int FractionalCadence { get; } = definition.IndexOf(53);

        public int Speed { get; } = definition.IndexOf(6);

        public int EnhancedSpeed { get; } = definition.IndexOf(73);

        public int Power { get; } = definition.IndexOf(7);

        public int Altitude { get; } = definition.IndexOf(2);

        public int EnhancedAltitude { get; } = definition.IndexOf(78);

        public int Latitude { get; } = definition.IndexOf(0);

        public int Longitude { get; } = definition.IndexOf(1);

        public int Distance { get; } = definition.IndexOf(5);

        public int Temperature { get; } = definition.IndexOf(13);

        public int Grade { get; } = definition.IndexOf(9);

        /// <summary>Speed and distance may come from compressed_speed_distance (field 8) components.</summary>
        public bool Compressed { get; } = definition.IndexOf(8) >= 0;

        public int DeveloperFields { get; } = definition.DeveloperFields.Length;
    }

    private sealed record DeveloperChannel(FitFieldDescription Description, FitColumn Column);

    private sealed record SessionFrame(double StartFit, double ElapsedSeconds, int Sport, int SubSport, FitMessage? Message);
}
