using System.Globalization;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Tcx.Internal;

/// <summary>
/// Walks a TCX document. Activities and laps are registered when they start, so a document cut or broken midway
/// still yields everything read up to the damage.
/// </summary>
internal sealed class TcxDocumentBuilder : IXmlDocumentBuilder<TcxDocument>
{
    private readonly List<ActivityDraft> _activities = [];
    private string? _authorName;
    private string? _authorVersion;
    private bool _sawRoot;

    public void Read(XmlCursor cursor)
    {
        if (!cursor.MoveToRoot())
        {
            cursor.Diagnostics.Add(DiagnosticSeverity.Error, "tcx.root", "the document has no root element; expected <TrainingCenterDatabase>");
            return;
        }

        if (cursor.LocalName != "TrainingCenterDatabase")
        {
            cursor.Diagnostics.Add(
                DiagnosticSeverity.Error,
                "tcx.root",
                $"the root element is <{cursor.LocalName}>; expected <TrainingCenterDatabase>",
                cursor.Line,
                cursor.Column);
            return;
        }

        _sawRoot = true;
        var depth = cursor.Enter();
        var multiSportIndex = 0;
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Activities":
                    var activitiesDepth = cursor.Enter();
                    while (cursor.NextChild(activitiesDepth))
                    {
                        if (cursor.LocalName == "Activity") ReadActivity(cursor, null);
                        else if (cursor.LocalName == "MultiSportSession") ReadMultiSport(cursor, multiSportIndex++);
                        else cursor.Skip();
                    }

                    break;
                case "Author":
                    ReadAuthor(cursor);
                    break;
                default:
                    // Folders, Workouts, Courses and Extensions describe plans, not recordings.
                    cursor.Skip();
                    break;
            }
        }
    }

    public TcxDocument? Build() => !_sawRoot
        ? null
        : new TcxDocument
        {
            Activities = _activities.Select(a => a.ToActivity()).ToArray(),
            AuthorName = _authorName,
            AuthorVersion = _authorVersion,
        };

    private void ReadMultiSport(XmlCursor cursor, int index)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName is "FirstSport" or "NextSport")
            {
                var legDepth = cursor.Enter();
                while (cursor.NextChild(legDepth))
                {
                    // A NextSport's Transition is a lap between legs (T1, T2); its time belongs to no sport.
                    if (cursor.LocalName == "Activity") ReadActivity(cursor, index);
                    else cursor.Skip();
                }
            }
            else
            {
                cursor.Skip();
            }
        }
    }

    private void ReadActivity(XmlCursor cursor, int? multiSportIndex)
    {
        var activity = new ActivityDraft(cursor.Attribute("Sport") ?? "Other", multiSportIndex);
        _activities.Add(activity);
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Id":
                    activity.Id = cursor.ReadTime("Activity/Id");
                    break;
                case "Notes":
                    activity.Notes = cursor.ReadText();
                    break;
                case "Lap":
                    ReadLap(cursor, activity);
                    break;
                case "Creator":
                    activity.Creator = ReadCreator(cursor);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
    }

    private static void ReadLap(XmlCursor cursor, ActivityDraft activity)
    {
        var lap = new LapDraft { StartTime = cursor.ParseTime(cursor.Attribute("StartTime"), "Lap/@StartTime", cursor.Line, cursor.Column) };
        activity.Laps.Add(lap);
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "TotalTimeSeconds": lap.TotalTimeSeconds = Present(cursor.ReadDouble("Lap/TotalTimeSeconds")); break;
                case "DistanceMeters": lap.DistanceMeters = Present(cursor.ReadDouble("Lap/DistanceMeters")); break;
                case "MaximumSpeed": lap.MaximumSpeed = Present(cursor.ReadDouble("Lap/MaximumSpeed")); break;
                case "Calories": lap.Calories = Present(cursor.ReadDouble("Lap/Calories")); break;
                case "AverageHeartRateBpm": lap.AverageHeartRate = Present(ReadValue(cursor, "Lap/AverageHeartRateBpm")); break;
                case "MaximumHeartRateBpm": lap.MaximumHeartRate = Present(ReadValue(cursor, "Lap/MaximumHeartRateBpm")); break;
                case "Cadence": lap.Cadence = Present(cursor.ReadDouble("Lap/Cadence")); break;
                case "Intensity": lap.Intensity = cursor.ReadText().Trim(); break;
                case "TriggerMethod": lap.TriggerMethod = cursor.ReadText().Trim(); break;
                case "Notes": lap.Notes = cursor.ReadText(); break;
                case "Track": ReadTrack(cursor, lap); break;
                case "Extensions": ReadLapExtensions(cursor, lap); break;
                default: cursor.Skip(); break;
            }
        }
    }

    private static void ReadTrack(XmlCursor cursor, LapDraft lap)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == "Trackpoint") lap.Trackpoints.Add(ReadTrackpoint(cursor));
            else cursor.Skip();
        }
    }

    private static TcxTrackpoint ReadTrackpoint(XmlCursor cursor)
    {
        DateTimeOffset? time = null;
        double lat = double.NaN, lon = double.NaN, alt = double.NaN, dist = double.NaN, hr = double.NaN;
        double cadence = double.NaN, speed = double.NaN, watts = double.NaN, runCadence = double.NaN;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Time":
                    time = cursor.ReadTime("Trackpoint/Time");
                    break;
                case "Position":
                    var positionDepth = cursor.Enter();
                    while (cursor.NextChild(positionDepth))
                    {
                        if (cursor.LocalName == "LatitudeDegrees") lat = InRange(cursor, cursor.ReadDouble("Position/LatitudeDegrees"), 90, "Position/LatitudeDegrees");
                        else if (cursor.LocalName == "LongitudeDegrees") lon = InRange(cursor, cursor.ReadDouble("Position/LongitudeDegrees"), 180, "Position/LongitudeDegrees");
                        else cursor.Skip();
                    }

                    break;
                case "AltitudeMeters":
                    alt = cursor.ReadDouble("Trackpoint/AltitudeMeters");
                    break;
                case "DistanceMeters":
                    dist = cursor.ReadDouble("Trackpoint/DistanceMeters");
                    break;
                case "HeartRateBpm":
                    hr = ReadValue(cursor, "Trackpoint/HeartRateBpm");
                    break;
                case "Cadence":
                    cadence = cursor.ReadDouble("Trackpoint/Cadence");
                    break;
                case "Extensions":
                    ReadTrackpointExtensions(cursor, ref speed, ref watts, ref runCadence);
                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }

        return new TcxTrackpoint(time, lat, lon, alt, dist, hr, cadence, speed, watts, runCadence);
    }

    /// <summary>Reads <c>TPX</c> values wherever they sit under <c>Extensions</c> (prefixes vary: ns3, ax, tpx...).</summary>
    private static void ReadTrackpointExtensions(XmlCursor cursor, ref double speed, ref double watts, ref double runCadence)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName != "TPX")
            {
                cursor.Skip();
                continue;
            }

            var tpxDepth = cursor.Enter();
            while (cursor.NextChild(tpxDepth))
            {
                switch (cursor.LocalName)
                {
                    case "Speed": speed = cursor.ReadDouble("TPX/Speed"); break;
                    case "Watts": watts = cursor.ReadDouble("TPX/Watts"); break;
                    case "RunCadence": runCadence = cursor.ReadDouble("TPX/RunCadence"); break;
                    default: cursor.Skip(); break;
                }
            }
        }
    }

    private static void ReadLapExtensions(XmlCursor cursor, LapDraft lap)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName != "LX")
            {
                cursor.Skip();
                continue;
            }

            var lxDepth = cursor.Enter();
            while (cursor.NextChild(lxDepth))
            {
                switch (cursor.LocalName)
                {
                    case "AvgSpeed": lap.AverageSpeed = Present(cursor.ReadDouble("LX/AvgSpeed")); break;
                    case "AvgRunCadence": lap.AverageRunCadence = Present(cursor.ReadDouble("LX/AvgRunCadence")); break;
                    case "MaxRunCadence": lap.MaximumRunCadence = Present(cursor.ReadDouble("LX/MaxRunCadence")); break;
                    case "MaxBikeCadence": lap.MaximumBikeCadence = Present(cursor.ReadDouble("LX/MaxBikeCadence")); break;
                    case "AvgWatts": lap.AveragePower = Present(cursor.ReadDouble("LX/AvgWatts")); break;
                    case "MaxWatts": lap.MaximumPower = Present(cursor.ReadDouble("LX/MaxWatts")); break;
                    case "Steps": lap.Steps = Present(cursor.ReadDouble("LX/Steps")); break;
                    default: cursor.Skip(); break;
                }
            }
        }
    }

    private static TcxCreator ReadCreator(XmlCursor cursor)
    {
        string? name = null, unitId = null, productId = null;
        double major = double.NaN, minor = double.NaN;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Name": name = cursor.ReadText().Trim(); break;
                case "UnitId": unitId = cursor.ReadText().Trim(); break;
                case "ProductID": productId = cursor.ReadText().Trim(); break;
                case "Version": (major, minor) = ReadVersion(cursor); break;
                default: cursor.Skip(); break;
            }
        }

        return new TcxCreator(name, unitId, productId, FormatVersion(major, minor));
    }

    private void ReadAuthor(XmlCursor cursor)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Name":
                    _authorName = cursor.ReadText().Trim();
                    break;
                case "Build":
                    var buildDepth = cursor.Enter();
                    while (cursor.NextChild(buildDepth))
                    {
                        if (cursor.LocalName == "Version")
                        {
                            var (major, minor) = ReadVersion(cursor);
                            _authorVersion = FormatVersion(major, minor);
                        }
                        else
                        {
                            cursor.Skip();
                        }
                    }

                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
    }

    private static (double Major, double Minor) ReadVersion(XmlCursor cursor)
    {
        double major = double.NaN, minor = double.NaN;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == "VersionMajor") major = cursor.ReadDouble("Version/VersionMajor");
            else if (cursor.LocalName == "VersionMinor") minor = cursor.ReadDouble("Version/VersionMinor");
            else cursor.Skip();
        }

        return (major, minor);
    }

    private static string? FormatVersion(double major, double minor) =>
        double.IsNaN(major) ? null : string.Create(CultureInfo.InvariantCulture, $"{major}.{(double.IsNaN(minor) ? 0 : minor):00}");

    /// <summary>Heart-rate elements wrap their number in <c>&lt;Value&gt;</c>.</summary>
    private static double ReadValue(XmlCursor cursor, string field)
    {
        var value = double.NaN;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == "Value") value = cursor.ReadDouble(field + "/Value");
            else cursor.Skip();
        }

        return value;
    }

    private static double InRange(XmlCursor cursor, double degrees, double limit, string field)
    {
        if (double.IsNaN(degrees) || Math.Abs(degrees) <= limit) return degrees;
        cursor.Warn("value.range", string.Create(CultureInfo.InvariantCulture, $"{degrees} is outside ±{limit} degrees; the value is left out"), field);
        return double.NaN;
    }

    private static double? Present(double value) => double.IsNaN(value) ? null : value;

    private sealed class ActivityDraft(string sport, int? multiSport)
    {
        public DateTimeOffset? Id { get; set; }

        public string? Notes { get; set; }

        public List<LapDraft> Laps { get; } = [];

        public TcxCreator? Creator { get; set; }

        public TcxActivity ToActivity() => new()
        {
            Sport = sport,
            Id = Id,
            Notes = Notes,
            Laps = Laps.Select(l => l.ToLap()).ToArray(),
            Creator = Creator,
            MultiSportSession = multiSport,
        };
    }

    private sealed class LapDraft
    {
        public DateTimeOffset? StartTime { get; init; }

        public double? TotalTimeSeconds { get; set; }

        public double? DistanceMeters { get; set; }

        public double? MaximumSpeed { get; set; }

        public double? Calories { get; set; }

        public double? AverageHeartRate { get; set; }

        public double? MaximumHeartRate { get; set; }

        public double? Cadence { get; set; }

        public string? Intensity { get; set; }

        public string? TriggerMethod { get; set; }

        public string? Notes { get; set; }

        public double? AverageSpeed { get; set; }

        public double? AverageRunCadence { get; set; }

        public double? MaximumRunCadence { get; set; }

        public double? MaximumBikeCadence { get; set; }

        public double? AveragePower { get; set; }

        public double? MaximumPower { get; set; }

        public double? Steps { get; set; }

        public List<TcxTrackpoint> Trackpoints { get; } = [];

        public TcxLap ToLap() => new()
        {
            StartTime = StartTime,
            TotalTimeSeconds = TotalTimeSeconds,
            DistanceMeters = DistanceMeters,
            MaximumSpeedMetersPerSecond = MaximumSpeed,
            Calories = Calories,
            AverageHeartRateBpm = AverageHeartRate,
            MaximumHeartRateBpm = MaximumHeartRate,
            Cadence = Cadence,
            Intensity = Intensity,
            TriggerMethod = TriggerMethod,
            Notes = Notes,
            AverageSpeedMetersPerSecond = AverageSpeed,
            AverageRunCadence = AverageRunCadence,
            MaximumRunCadence = MaximumRunCadence,
            MaximumBikeCadence = MaximumBikeCadence,
            AveragePowerWatts = AveragePower,
            MaximumPowerWatts = MaximumPower,
            Steps = Steps,
            Trackpoints = Trackpoints.ToArray(),
        };
    }
}
