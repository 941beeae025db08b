using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// The training venue's energy model. A training group (<see cref="GroupSize"/> athletes following the plan, as the
/// reference study schedules groups) uses a conditioned hall or trains outdoors. Indoors the hall draws lighting,
/// ventilation, heating or cooling (a heat pump against the envelope loss and the athletes' metabolic heat) and
/// equipment (treadmills and ergometers for conditioning work); every session uses hot water for showers; the
/// building has a daily standby use. Outdoors only hot water and standby remain. Costs use
/// <see cref="TariffPerKilowattHour"/> (0.70 per kWh reproduces the reference study's 79.52 yuan for 113.6 kWh)
/// and emissions <see cref="Co2KilogramsPerKilowattHour"/> (0.565 kg/kWh, China Southern Power Grid factor the
/// study used). Sizes are assumptions for a ~1500 m² hall, documented in docs/planning.md.
/// </summary>
public sealed record VenueEnergyOptions
{
    public int GroupSize { get; init; } = 20;

    /// <summary>LED lighting of ~1500 m² at ~12 W/m² (EN 12193 class II, ~500 lx), kW.</summary>
    public double LightingKilowatts { get; init; } = 18;

    public double VentilationKilowatts { get; init; } = 4;

    public double HeatingSetpointC { get; init; } = 16;

    public double CoolingSetpointC { get; init; } = 24;

    /// <summary>Envelope and infiltration heat-transfer coefficient UA, kW/K.</summary>
    public double EnvelopeKilowattsPerKelvin { get; init; } = 1.6;

    /// <summary>Heat-pump coefficient of performance for heating and cooling.</summary>
    public double HeatPumpCop { get; init; } = 3.0;

    /// <summary>Share of metabolic heat released as sensible heat into the hall.</summary>
    public double SensibleHeatFraction { get; init; } = 0.6;

    /// <summary>Electrical draw of one athlete's treadmill or ergometer during conditioning work, kW.</summary>
    public double EquipmentKilowattsPerAthlete { get; init; } = 0.9;

    /// <summary>Hot water per athlete per session (≈ 40 L heated by 30 K), kWh.</summary>
    public double HotWaterKilowattHoursPerAthlete { get; init; } = 1.5;

    /// <summary>Building standby (offices, circulation, controls), kWh per day.</summary>
    public double StandbyKilowattHoursPerDay { get; init; } = 30;

    public double TariffPerKilowattHour { get; init; } = 0.70;

    public double Co2KilogramsPerKilowattHour { get; init; } = 0.565;

    public void Validate()
    {
        OptionCheck.Positive(GroupSize, nameof(GroupSize));
        OptionCheck.NonNegative(LightingKilowatts, nameof(LightingKilowatts));
        OptionCheck.NonNegative(VentilationKilowatts, nameof(VentilationKilowatts));
        if (!(CoolingSetpointC > HeatingSetpointC)) throw new ArgumentOutOfRangeException(nameof(CoolingSetpointC), CoolingSetpointC, "cooling setpoint must exceed the heating setpoint");
        OptionCheck.NonNegative(EnvelopeKilowattsPerKelvin, nameof(EnvelopeKilowattsPerKelvin));
        OptionCheck.Positive(HeatPumpCop, nameof(HeatPumpCop));
        OptionCheck.InRange(SensibleHeatFraction, 0, 1, nameof(SensibleHeatFraction));
        OptionCheck.NonNegative(EquipmentKilowattsPerAthlete, nameof(EquipmentKilowattsPerAthlete));
        OptionCheck.NonNegative(HotWaterKilowattHoursPerAthlete, nameof(HotWaterKilowattHoursPerAthlete));
        OptionCheck.NonNegative(StandbyKilowattHoursPerDay, nameof(StandbyKilowattHoursPerDay));
        OptionCheck.NonNegative(TariffPerKilowattHour, nameof(TariffPerKilowattHour));
        OptionCheck.NonNegative(Co2KilogramsPerKilowattHour, nameof(Co2KilogramsPerKilowattHour));
    }

    /// <summary>
    /// Average electrical power of the hall while a session runs indoors, kW: lighting + ventilation + heat pump
    /// (heating max(0, UA·(Th − Tout) − gains); cooling max(0, UA·(Tout − Tc) + gains) once outdoor air is warmer than
    /// the heating setpoint — cooler air is used for free) + equipment. Gains are the group's sensible metabolic heat:
    /// VO2 (ml/kg/min, %VO2max ≈ %HRR, Swain &amp; Leutholtz 1997) × mass × 20.1 J/ml.
    /// </summary>
    public double IndoorKilowatts(double outdoorTemperatureC, double reserveFraction, double vo2Max, double bodyMassKg, double conditioningShare, double workFraction)
    {
        var metabolicWatts = (0.1 + (0.9 * reserveFraction)) * vo2Max * bodyMassKg * 20.1 / 60;
        var gainsKw = GroupSize * metabolicWatts * SensibleHeatFraction / 1000;
        var heating = Math.Max(0, (EnvelopeKilowattsPerKelvin * (HeatingSetpointC - outdoorTemperatureC)) - gainsKw);
        var cooling = outdoorTemperatureC > HeatingSetpointC
            ? Math.Max(0, (EnvelopeKilowattsPerKelvin * (outdoorTemperatureC - CoolingSetpointC)) + gainsKw)
            : 0;
        var equipment = GroupSize * EquipmentKilowattsPerAthlete * conditioningShare * workFraction;
        return LightingKilowatts + VentilationKilowatts + ((heating + cooling) / HeatPumpCop) + equipment;
    }
}
