using System.Globalization;
using System.Text;

namespace Formcast.Workflows.Tests.Import;

/// <summary>Writes small GPX 1.1 files with Garmin TrackPointExtension heart rate for the import tests.</summary>
public static class GpxBuilder
{
    public static string Track(DateTimeOffset start, IReadOnlyList<(double Lat, double Lon, double? Hr)> points)
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="formcast-tests" xmlns="http://www.topografix.com/GPX/1/1"
                 xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
            <trk><type>running</type><trkseg>

            """);
        for (var i = 0; i < points.Count; i++)
        {
            var (lat, lon, hr) = points[i];
            text.Append(CultureInfo.InvariantCulture, $"<trkpt lat=\"{lat:F7}\" lon=\"{lon:F7}\"><time>{start.AddSeconds(i):yyyy-MM-ddTHH:mm:ssZ}</time>");
            if (hr is { } h) text.Append(CultureInfo.InvariantCulture, $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{h:0}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>");
            text.Append("</trkpt>\n");
        }

        return text.Append("</trkseg></trk></gpx>\n").ToString();
    }

    /// <summary>A steady run north at about 3 m/s with heart rate 140–150.</summary>
    public static List<(double Lat, double Lon, double? Hr)> SteadyRun(int seconds) =>
        Enumerable.Range(0, seconds).Select(i => (59.9 + (i * 0.000027), 10.7, (double?)(140 + (i % 10)))).ToList();
}
