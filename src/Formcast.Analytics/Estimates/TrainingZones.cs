namespace Formcast.Analytics;

/// <summary>
/// Zone models from an athlete's anchors. Each cites the published percentages it uses; Formcast labels zones Z1…Zn
/// rather than with any tool's trademarked zone names.
/// </summary>
public static class TrainingZones
{
    /// <summary>Five heart-rate zones at 50/60/70/80/90 % of maximal heart rate (Edwards 1993), the zones of
    /// <see cref="EdwardsTrimp"/>.</summary>
    public static ZoneSet HeartRateByMaximum(double maxHeartRateBpm) =>
        ZoneSet.FromFractions("edwards-hrmax", "bpm", maxHeartRateBpm, EdwardsTrimp.ZoneFloors);

    /// <summary>Five heart-rate zones at 50/60/70/80/90 % of heart-rate reserve above resting (Karvonen et al. 1957):
    /// floor = rest + fraction × (max − rest).</summary>
    public static ZoneSet HeartRateByReserve(double restingHeartRateBpm, double maxHeartRateBpm)
    {
        var reserve = maxHeartRateBpm - restingHeartRateBpm;
        var zones = new List<Zone>();
        var floors = EdwardsTrimp.ZoneFloors;
        for (var k = 0; k < floors.Length; k++)
        {
            var low = restingHeartRateBpm + (floors[k] * reserve);
            var high = k + 1 < floors.Length ? restingHeartRateBpm + (floors[k + 1] * reserve) : double.PositiveInfinity;
            zones.Add(new Zone($"Z{(k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", low, high));
        }

        return new ZoneSet("karvonen-hrr", "bpm", zones);
    }

    /// <summary>Seven heart-rate zones from lactate-threshold heart rate (Friel, <i>The Triathlete's Training Bible</i>,
    /// running): floors at 0, 85, 90, 95, 100, 103 and 106 % of LTHR (Z1, Z2, Z3, Z4, Z5a, Z5b, Z5c).</summary>
    public static ZoneSet HeartRateByThreshold(double thresholdHeartRateBpm) =>
        ZoneSet.FromFractions("friel-lthr", "bpm", thresholdHeartRateBpm, [0, 0.85, 0.90, 0.95, 1.00, 1.03, 1.06]);

    /// <summary>Seven power zones from threshold power: floors at 0, 56, 76, 91, 106, 121 and 151 % (the classic
    /// cycling power levels of Allen &amp; Coggan 2010).</summary>
    public static ZoneSet PowerByThreshold(double thresholdPowerWatts) =>
        ZoneSet.FromFractions("threshold-power-levels", "W", thresholdPowerWatts, [0, 0.56, 0.76, 0.91, 1.06, 1.21, 1.51]);

    /// <summary>
    /// Seven running pace zones from threshold pace (Friel): as % of threshold pace (time per km) the zone edges are
    /// 129, 114, 106, 99, 97 and 90 %, i.e. as speed 1/1.29, 1/1.14, 1/1.06, 1/0.99, 1/0.97 and 1/0.90 of threshold speed.
    /// Stored as speeds (m/s).
    /// </summary>
    public static ZoneSet PaceByThreshold(double thresholdPaceSecondsPerKm)
    {
        var speed = 1000 / thresholdPaceSecondsPerKm;
        return ZoneSet.FromFractions("friel-threshold-pace", "m/s", speed, [0, 1 / 1.29, 1 / 1.14, 1 / 1.06, 1 / 0.99, 1 / 0.97, 1 / 0.90]);
    }

    /// <summary>
    /// Daniels' five running intensities as speeds from a VDOT (Daniels, <i>Daniels' Running Formula</i>, 3rd ed.):
    /// easy 59–74 %, marathon 75–84 %, threshold 83–88 %, interval 95–100 % and repetition 105–120 % of VO2max,
    /// converted to speed by inverting the Daniels–Gilbert oxygen cost (<see cref="Vdot.SpeedAtOxygenCost"/>).
    /// Zones are returned as they are published (they overlap: M and T share 83–84 %), so this is a list of ranges,
    /// not a partition for time-in-zone.
    /// </summary>
    public static IReadOnlyList<Zone> DanielsPaces(double vdot)
    {
        Zone Range(string label, double low, double high) =>
            new(label, Vdot.SpeedAtOxygenCost(low * vdot), Vdot.SpeedAtOxygenCost(high * vdot));
        return
        [
            Range("E", 0.59, 0.74),
            Range("M", 0.75, 0.84),
            Range("T", 0.83, 0.88),
            Range("I", 0.95, 1.00),
            Range("R", 1.05, 1.20),
        ];
    }
}
