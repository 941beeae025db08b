using System.Collections.Frozen;
using System.Globalization;

namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// Names of FIT profile enum values (FIT SDK profile 'types': sport, sub_sport, manufacturer, garmin_product,
/// lap_trigger). Subsets: values missing here are reported by number.
/// </summary>
internal static class FitNames
{
    private static readonly FrozenDictionary<int, string> Sports = Parse(
        "0 generic,1 running,2 cycling,3 transition,4 fitness_equipment,5 swimming,6 basketball,7 soccer,8 tennis," +
        "9 american_football,10 training,11 walking,12 cross_country_skiing,13 alpine_skiing,14 snowboarding,15 rowing," +
        "16 mountaineering,17 hiking,18 multisport,19 paddling,20 flying,21 e_biking,22 motorcycling,23 boating,24 driving," +
        "25 golf,26 hang_gliding,27 horseback_riding,28 hunting,29 fishing,30 inline_skating,31 rock_climbing,32 sailing," +
        "33 ice_skating,34 sky_diving,35 snowshoeing,36 snowmobiling,37 stand_up_paddleboarding,38 surfing,39 wakeboarding," +
        "40 water_skiing,41 kayaking,42 rafting,43 windsurfing,44 kitesurfing,45 tactical,46 jumpmaster,47 boxing," +
        "48 floor_climbing,53 diving,62 hiit,254 all");

    private static readonly FrozenDictionary<int, string> SubSports = Parse(
        "0 generic,1 treadmill,2 street,3 trail,4 track,5 spin,6 indoor_cycling,7 road,8 mountain,9 downhill,10 recumbent," +
        "11 cyclocross,12 hand_cycling,13 track_cycling,14 indoor_rowing,15 elliptical,16 stair_climbing,17 lap_swimming," +
        "18 open_water,19 flexibility_training,20 strength_training,21 warm_up,22 match,23 exercise,24 challenge," +
        "25 indoor_skiing,26 cardio_training,27 indoor_walking,28 e_bike_fitness,29 bmx,30 casual_walking,31 speed_walking," +
        "32 bike_to_run_transition,33 run_to_bike_transition,34 swim_to_bike_transition,35 atv,36 motocross,37 backcountry," +
        "38 resort,39 rc_drone,40 wingsuit,41 whitewater,42 skate_skiing,43 yoga,44 pilates,45 indoor_running," +
        "46 gravel_cycling,47 e_bike_mountain,48 commuting,49 mixed_surface,50 navigate,51 track_me,52 map," +
        "53 single_gas_diving,54 multi_gas_diving,55 gauge_diving,56 apnea_diving,57 apnea_hunting,58 virtual_activity," +
        "59 obstacle,254 all");

    private static readonly FrozenDictionary<int, string> Manufacturers = Parse(
        "1 garmin,2 garmin_fr405_antfs,3 zephyr,6 srm,7 quarq,9 saris,13 dynastream_oem,15 dynastream,16 timex,23 suunto," +
        "32 wahoo_fitness,37 magellan,40 concept2,41 shimano,48 pioneer,51 4iiiis,63 specialized,67 bkool,68 cateye," +
        "69 stages_cycling,70 sigmasport,71 tomtom,73 wattbike,76 moxy,86 elite,87 nielsen_kellerman,89 tacx,95 stryd," +
        "99 look,107 magene,115 igpsport,118 waterrower,121 kinetic,123 polar_electro,255 development,258 lezyne," +
        "260 zwift,263 favero_electronics,265 strava,267 bryton,268 sram,281 trainer_road,282 the_sufferfest," +
        "289 hammerhead,294 coros,307 onelap");

    private static readonly FrozenDictionary<int, string> GarminProducts = Parse(
        "1 hrm1,22 hrm_fit_single_byte_product_id,717 fr405,782 fr50,988 fr60,1018 fr310xt,1036 edge500,1124 fr110,1169 edge800,1325 edge200,1328 fr910xt," +
        "1345 fr610,1436 fr70,1482 fr10,1499 swim,1551 fenix,1561 edge510,1567 edge810,1623 fr620,1632 fr220," +
        "1765 fr920xt,1836 edge1000,1837 vivo_fit,1903 fr15,1907 vivo_active,1967 fenix2,1988 epix,2050 fenix3," +
        "2067 edge520,2147 edge25,2153 fr225,2156 fr630,2157 fr230,2158 fr735xt,2238 edge20,2337 vivo_active_hr," +
        "2413 fenix3_hr,2431 fr235,2530 edge_820,2544 fenix5s,2604 fenix5x,2691 fr935,2697 fenix5,3121 edge_530,3843 edge_1040," +
        "4024 fr955,4130 hrm_pro_plus");

    private static readonly FrozenDictionary<int, string> LapTriggers = Parse(
        "0 manual,1 time,2 distance,3 position_start,4 position_lap,5 position_waypoint,6 position_marked,7 session_end," +
        "8 fitness_equipment");

    public static string Sport(int value) => Name(Sports, value);

    public static string SubSport(int value) => Name(SubSports, value);

    public static string Manufacturer(int value) => Name(Manufacturers, value);

    public static string GarminProduct(int value) => Name(GarminProducts, value);

    public static string LapTrigger(int value) => Name(LapTriggers, value);

    public static int? SportValue(string? name) => Value(Sports, name);

    public static int? SubSportValue(string? name) => Value(SubSports, name);

    public static int? ManufacturerValue(string? name) => Value(Manufacturers, name);

    public static int? GarminProductValue(string? name) => Value(GarminProducts, name);

    public static int? LapTriggerValue(string? name) => Value(LapTriggers, name);

    /// <summary>Manufacturers whose product field is a garmin_product (FIT profile sub-field selector of product).</summary>
    public static bool UsesGarminProduct(int manufacturer) => manufacturer is 1 or 13 or 15 or 89;

    private static string Name(FrozenDictionary<int, string> table, int value) =>
        table.TryGetValue(value, out var name) ? name : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value named <paramref name="name"/>, or the number it spells, or null.</summary>
    private static int? Value(FrozenDictionary<int, string> table, string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        foreach (var (value, known) in table)
        {
            if (known == name) return value;
        }

        return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static FrozenDictionary<int, string> Parse(string pairs) =>
        pairs.Split(',').Select(p => p.Split(' ')).ToFrozenDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => p[1]);
}
