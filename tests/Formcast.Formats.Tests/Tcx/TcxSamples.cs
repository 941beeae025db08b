using System.Text;

namespace Formcast.Formats.Tests.Tcx;

/// <summary>Hand-written TCX documents for the reader's unit tests (values chosen so results can be computed by hand).</summary>
internal static class TcxSamples
{
    public const string Header =
        """<?xml version="1.0" encoding="UTF-8"?>""" + "\n" +
        """<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">""";

    /// <summary>
    /// A run of two laps: lap 1 (60 s, 200 m, avg HR 150) holds three points at 0, 1 and 2 s; lap 2 (40 s, 150 m,
    /// avg HR 160) one point at 60 s. Point 2 has HR 152, cadence via RunCadence 88, speed 3.1, power 250.
    /// </summary>
    public const string TwoLapRun = Header + """
        <Activities>
          <Activity Sport="Running">
            <Id>2024-03-01T07:00:00Z</Id>
            <Notes>easy run</Notes>
            <Lap StartTime="2024-03-01T07:00:00Z">
              <TotalTimeSeconds>60</TotalTimeSeconds>
              <DistanceMeters>200</DistanceMeters>
              <Calories>15</Calories>
              <AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm>
              <MaximumHeartRateBpm><Value>158</Value></MaximumHeartRateBpm>
              <Intensity>Active</Intensity>
              <TriggerMethod>Manual</TriggerMethod>
              <Track>
                <Trackpoint>
                  <Time>2024-03-01T07:00:00Z</Time>
                  <Position><LatitudeDegrees>59.9</LatitudeDegrees><LongitudeDegrees>10.7</LongitudeDegrees></Position>
                  <AltitudeMeters>10</AltitudeMeters>
                  <DistanceMeters>0</DistanceMeters>
                  <HeartRateBpm><Value>140</Value></HeartRateBpm>
                </Trackpoint>
                <Trackpoint>
                  <Time>2024-03-01T07:00:01Z</Time>
                  <AltitudeMeters>12.5</AltitudeMeters>
                  <DistanceMeters>3</DistanceMeters>
                  <HeartRateBpm><Value>152</Value></HeartRateBpm>
                  <Extensions><ns3:TPX><ns3:Speed>3.1</ns3:Speed><ns3:RunCadence>88</ns3:RunCadence><ns3:Watts>250</ns3:Watts></ns3:TPX></Extensions>
                </Trackpoint>
              </Track>
              <Track>
                <Trackpoint>
                  <Time>2024-03-01T07:00:02Z</Time>
                  <AltitudeMeters>11</AltitudeMeters>
                </Trackpoint>
              </Track>
              <Extensions><ns3:LX><ns3:AvgSpeed>3.33</ns3:AvgSpeed><ns3:AvgRunCadence>86</ns3:AvgRunCadence><ns3:MaxRunCadence>92</ns3:MaxRunCadence><ns3:Steps>170</ns3:Steps><ns3:AvgWatts>240</ns3:AvgWatts><ns3:MaxWatts>300</ns3:MaxWatts></ns3:LX></Extensions>
            </Lap>
            <Lap StartTime="2024-03-01T07:01:00Z">
              <TotalTimeSeconds>40</TotalTimeSeconds>
              <DistanceMeters>150</DistanceMeters>
              <Calories>11</Calories>
              <AverageHeartRateBpm><Value>160</Value></AverageHeartRateBpm>
              <MaximumHeartRateBpm><Value>171</Value></MaximumHeartRateBpm>
              <Track>
                <Trackpoint>
                  <Time>2024-03-01T07:01:00Z</Time>
                  <AltitudeMeters>14</AltitudeMeters>
                  <HeartRateBpm><Value>165</Value></HeartRateBpm>
                </Trackpoint>
              </Track>
            </Lap>
            <Creator xsi:type="Device_t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Name>Forerunner 255</Name>
              <UnitId>123456789</UnitId>
              <ProductID>3992</ProductID>
              <Version><VersionMajor>19</VersionMajor><VersionMinor>5</VersionMinor></Version>
            </Creator>
          </Activity>
        </Activities>
        <Author><Name>Connect Api</Name><Build><Version><VersionMajor>17</VersionMajor><VersionMinor>20</VersionMinor></Version></Build></Author>
        </TrainingCenterDatabase>
        """;

    /// <summary>A two-leg multisport session (run, transition, bike).</summary>
    public const string Duathlon = Header + """
        <Activities>
          <MultiSportSession>
            <Id>2024-05-05T09:00:00Z</Id>
            <FirstSport>
              <Activity Sport="Running">
                <Id>2024-05-05T09:00:00Z</Id>
                <Lap StartTime="2024-05-05T09:00:00Z"><TotalTimeSeconds>600</TotalTimeSeconds>
                  <Track><Trackpoint><Time>2024-05-05T09:00:00Z</Time><HeartRateBpm><Value>150</Value></HeartRateBpm></Trackpoint>
                  <Trackpoint><Time>2024-05-05T09:10:00Z</Time><HeartRateBpm><Value>160</Value></HeartRateBpm></Trackpoint></Track>
                </Lap>
              </Activity>
            </FirstSport>
            <NextSport>
              <Transition StartTime="2024-05-05T09:10:00Z"><TotalTimeSeconds>60</TotalTimeSeconds></Transition>
              <Activity Sport="Biking">
                <Id>2024-05-05T09:11:00Z</Id>
                <Lap StartTime="2024-05-05T09:11:00Z"><TotalTimeSeconds>1200</TotalTimeSeconds>
                  <Track><Trackpoint><Time>2024-05-05T09:11:00Z</Time><Cadence>90</Cadence></Trackpoint>
                  <Trackpoint><Time>2024-05-05T09:31:00Z</Time><Cadence>92</Cadence></Trackpoint></Track>
                </Lap>
              </Activity>
            </NextSport>
          </MultiSportSession>
        </Activities>
        </TrainingCenterDatabase>
        """;

    /// <summary>One activity whose trackpoints are given by their inner XML, each in its own Trackpoint element.</summary>
    public static string WithTrackpoints(params string[] trackpoints)
    {
        var sb = new StringBuilder(Header);
        sb.Append("""<Activities><Activity Sport="Biking"><Id>2024-01-01T10:00:00Z</Id><Lap StartTime="2024-01-01T10:00:00Z"><TotalTimeSeconds>10</TotalTimeSeconds><Track>""");
        foreach (var point in trackpoints) sb.Append("<Trackpoint>").Append(point).Append("</Trackpoint>\n");
        sb.Append("</Track></Lap></Activity></Activities></TrainingCenterDatabase>");
        return sb.ToString();
    }

    public static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
