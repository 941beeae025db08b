using System.Globalization;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Gpx.Internal;

/// <summary>
/// Walks a GPX 1.0 or 1.1 document by local names, so documents without (or with a wrong) namespace still read.
/// Tracks and segments are registered when they start, so a broken document keeps what came before the damage.
/// </summary>
internal sealed class GpxDocumentBuilder : IXmlDocumentBuilder<GpxDocument>
{
    private readonly List<GpxPoint> _waypoints = [];
    private readonly List<RouteDraft> _routes = [];
    private readonly List<TrackDraft> _tracks = [];
    private string? _version;
    private string? _creator;
    private string? _name;
    private DateTimeOffset? _time;
    private bool _sawRoot;

    public void Read(XmlCursor cursor)
    {
        if (!cursor.MoveToRoot())
        {
            cursor.Diagnostics.Add(DiagnosticSeverity.Error, "gpx.root", "the document has no root element; expected <gpx>");
            return;
        }

        if (cursor.LocalName != "gpx")
        {
            cursor.Diagnostics.Add(DiagnosticSeverity.Error, "gpx.root", $"the root element is <{cursor.LocalName}>; expected <gpx>", cursor.Line, cursor.Column);
            return;
        }

        _sawRoot = true;
        _version = cursor.Attribute("version");
        _creator = cursor.Attribute("creator");
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "metadata": ReadMetadata(cursor); break;
                case "name": _name = cursor.ReadText().Trim(); break;
                case "time": _time = cursor.ReadTime("gpx/time"); break;
                case "wpt": _waypoints.Add(ReadPoint(cursor, "wpt")); break;
                case "rte": ReadRoute(cursor); break;
                case "trk": ReadTrack(cursor); break;
                default: cursor.Skip(); break;
            }
        }
    }

    public GpxDocument? Build() => !_sawRoot
        ? null
        : new GpxDocument
        {
            Version = _version,
            Creator = _creator,
            Name = _name,
            Time = _time,
            Waypoints = _waypoints.ToArray(),
            Routes = _routes.Select(r => new GpxRoute(r.Name, r.Number, r.Points.ToArray())).ToArray(),
            Tracks = _tracks.Select(t => t.ToTrack()).ToArray(),
        };

    private void ReadMetadata(XmlCursor cursor)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == "name") _name = cursor.ReadText().Trim();
            else if (cursor.LocalName == "time") _time = cursor.ReadTime("metadata/time");
            else cursor.Skip();
        }
    }

    private void ReadRoute(XmlCursor cursor)
    {
        var route = new RouteDraft();
        _routes.Add(route);
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "name": route.Name = cursor.ReadText().Trim(); break;
                case "number": route.Number = ReadInt(cursor, "rte/number"); break;
                case "rtept": route.Points.Add(ReadPoint(cursor, "rtept")); break;
                default: cursor.Skip(); break;
            }
        }
    }

    private void ReadTrack(XmlCursor cursor)
    {
        var track = new TrackDraft();
        _tracks.Add(track);
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "name":
                    track.Name = cursor.ReadText().Trim();
                    break;
                case "type":
                    track.Type = cursor.ReadText().Trim();
                    break;
                case "number":
                    track.Number = ReadInt(cursor, "trk/number");
                    break;
                case "trkseg":
                    var segment = new List<GpxPoint>();
                    track.Segments.Add(segment);
                    var segmentDepth = cursor.Enter();
                    while (cursor.NextChild(segmentDepth))
                    {
                        if (cursor.LocalName == "trkpt") segment.Add(ReadPoint(cursor, "trkpt"));
                        else cursor.Skip();
                    }

                    break;
                default:
                    cursor.Skip();
                    break;
            }
        }
    }

    private static GpxPoint ReadPoint(XmlCursor cursor, string element)
    {
        var line = cursor.Line;
        var column = cursor.Column;
        var lat = Degrees(cursor, cursor.Attribute("lat"), 90, element + "/@lat", line, column);
        var lon = Degrees(cursor, cursor.Attribute("lon"), 180, element + "/@lon", line, column);
        var values = new ExtensionValues();
        double elevation = double.NaN;
        DateTimeOffset? time = null;
        string? name = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "ele": elevation = cursor.ReadDouble(element + "/ele"); break;
                case "time": time = cursor.ReadTime(element + "/time"); break;
                case "name": name = cursor.ReadText().Trim(); break;
                case "speed": values.Speed = cursor.ReadDouble(element + "/speed"); break;
                case "extensions": ReadExtensions(cursor, ref values); break;
                default: cursor.Skip(); break;
            }
        }

        return new GpxPoint(lat, lon, elevation, time, values.Speed, values.HeartRate, values.Cadence, values.Temperature, values.Power, name);
    }

    /// <summary>
    /// Collects sport values from any extension schema by local name: Garmin TrackPointExtension v1/v2
    /// (<c>hr</c>, <c>cad</c>, <c>atemp</c>, <c>speed</c>), Garmin PowerExtension (<c>PowerInWatts</c>),
    /// Strava (<c>power</c>) and Cluetrust gpxdata (<c>hr</c>, <c>cadence</c>, <c>temp</c>). Wrappers are descended.
    /// </summary>
    private static void ReadExtensions(XmlCursor cursor, ref ExtensionValues values)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "hr" or "heartrate": values.HeartRate = cursor.ReadDouble("extensions/hr"); break;
                case "cad" or "cadence": values.Cadence = cursor.ReadDouble("extensions/cad"); break;
                case "atemp" or "temp": values.Temperature = cursor.ReadDouble("extensions/atemp"); break;
                case "power" or "PowerInWatts": values.Power = cursor.ReadDouble("extensions/power"); break;
                case "speed": values.Speed = cursor.ReadDouble("extensions/speed"); break;
                default: ReadExtensions(cursor, ref values); break;
            }
        }
    }

    private static double Degrees(XmlCursor cursor, string? text, double limit, string field, int line, int column)
    {
        if (text is null)
        {
            cursor.Diagnostics.Add(DiagnosticSeverity.Warning, "gpx.value.missing", "the point has no position attribute; expected a decimal number of degrees", line, column, field);
            return double.NaN;
        }

        var value = cursor.ParseDouble(text, field, line, column);
        if (double.IsNaN(value) || Math.Abs(value) <= limit) return value;
        cursor.Diagnostics.Add(DiagnosticSeverity.Warning, "gpx.value.range",
            string.Create(CultureInfo.InvariantCulture, $"{value} is outside ±{limit} degrees; the value is left out"), line, column, field);
        return double.NaN;
    }

    private static int? ReadInt(XmlCursor cursor, string field)
    {
        var value = cursor.ReadDouble(field);
        return double.IsNaN(value) || value != Math.Floor(value) || Math.Abs(value) > int.MaxValue ? null : (int)value;
    }

    private struct ExtensionValues
    {
        public ExtensionValues()
        {
        }

        public double Speed = double.NaN;
        public double HeartRate = double.NaN;
        public double Cadence = double.NaN;
        public double Temperature = double.NaN;
        public double Power = double.NaN;
    }

    private sealed class RouteDraft
    {
        public string? Name { get; set; }

        public int? Number { get; set; }

        public List<GpxPoint> Points { get; } = [];
    }

    private sealed class TrackDraft
    {
        public string? Name { get; set; }

        public string? Type { get; set; }

        public int? Number { get; set; }

        public List<List<GpxPoint>> Segments { get; } = [];

        public GpxTrack ToTrack() => new()
        {
            Name = Name,
            Type = Type,
            Number = Number,
            Segments = Segments.Select(s => new GpxSegment(s.ToArray())).ToArray(),
        };
    }
}
