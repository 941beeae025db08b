using Formcast.Core;

namespace Formcast.Signals;

/// <summary>
/// Per-channel plausibility limits and the checks that apply them. The limits are deliberately wide: they catch
/// sensor faults (a chest strap reading 255 bpm, a GPS jump to 60 m/s while running), not unusual athletes.
/// Each limit carries its rationale in <see cref="ChannelLimits.Rationale"/>.
/// </summary>
public static class PhysiologicalRanges
{
    /// <summary>Heart rate 25–250 bpm.</summary>
    public static ChannelLimits HeartRate { get; } = new(Channels.HeartRate.Name, 25, 250, "bpm",
        "below the lowest resting rates reported in endurance athletes (high 20s bpm) and above the highest maximal rates " +
        "(age-predicted HRmax = 208 − 0.7·age, Tanaka, Monahan & Seals 2001, J Am Coll Cardiol 37:153, plus its ±10 bpm scatter)");

    /// <summary>Speed 0–12.5 m/s on foot.</summary>
    public static ChannelLimits RunningSpeed { get; } = new(Channels.Speed.Name, 0, 12.5, "m/s",
        "above the fastest human sprinting speed measured (about 12.3 m/s, 100 m world record 2009)");

    /// <summary>Speed 0–40 m/s on wheels, skis or water (and for unknown sports).</summary>
    public static ChannelLimits Speed { get; } = new(Channels.Speed.Name, 0, 40, "m/s",
        "144 km/h: above road-cycling descent speeds; anything faster is a GPS jump or a vehicle");

    /// <summary>Cadence 0–250 per minute.</summary>
    public static ChannelLimits Cadence { get; } = new(Channels.Cadence.Name, 0, 250, "1/min",
        "covers pedalling (track sprints about 150–200 rpm) and running in both FIT strides/min and steps/min");

    /// <summary>Power 0–3000 W.</summary>
    public static ChannelLimits Power { get; } = new(Channels.Power.Name, 0, 3000, "W",
        "above the peak sprint powers of elite track cyclists (about 2000–2500 W)");

    /// <summary>Altitude −500 to 9000 m.</summary>
    public static ChannelLimits Altitude { get; } = new(Channels.Altitude.Name, -500, 9000, "m",
        "Dead Sea shore about −430 m; Everest 8848.86 m (2020 survey)");

    /// <summary>Blood-oxygen saturation 50–100 %.</summary>
    public static ChannelLimits OxygenSaturation { get; } = new(Channels.OxygenSaturation.Name, 50, 100, "%",
        "100 % is the physical maximum; pulse oximeters state accuracy only from 70 % (ISO 80601-2-61), and a reading " +
        "below 50 % in an exercising athlete is a sensor fault");

    /// <summary>Device (ambient) temperature −40 to 60 °C.</summary>
    public static ChannelLimits Temperature { get; } = new(Channels.Temperature.Name, -40, 60, "°C",
        "the FIT temperature channel is the device's sensor: below −40 °C devices stop working, above 60 °C it reads a " +
        "sun-heated case, not the air");

    /// <summary>The limits for <paramref name="channel"/> in <paramref name="sport"/>, or null when the channel has none here.</summary>
    /// <remarks>Speed limits depend on the sport: running, walking and ball games use <see cref="RunningSpeed"/>.</remarks>
    public static ChannelLimits? For(ChannelInfo channel, Sport sport = Sport.Other)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Name switch
        {
            var n when n == Channels.HeartRate.Name => HeartRate,
            var n when n == Channels.Speed.Name => IsOnFoot(sport) ? RunningSpeed : Speed,
            var n when n == Channels.Cadence.Name => Cadence,
            var n when n == Channels.Power.Name => Power,
            var n when n == Channels.Altitude.Name => Altitude,
            var n when n == Channels.OxygenSaturation.Name => OxygenSaturation,
            var n when n == Channels.Temperature.Name => Temperature,
            _ => null,
        };
    }

    /// <summary>Classifies every sample of <paramref name="x"/> against <paramref name="limits"/>.</summary>
    /// <returns>Number of samples outside the limits (missing samples not counted).</returns>
    public static int Check(ReadOnlySpan<double> x, ChannelLimits limits, Span<RangeStatus> destination)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        var outside = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            var status = double.IsNaN(v) ? RangeStatus.Missing
                : v < limits.Minimum ? RangeStatus.BelowMinimum
                : v > limits.Maximum ? RangeStatus.AboveMaximum
                : RangeStatus.InRange;
            if (status is RangeStatus.BelowMinimum or RangeStatus.AboveMaximum) outside++;
            destination[i] = status;
        }

        return outside;
    }

    /// <summary>Copies <paramref name="x"/> with every sample outside <paramref name="limits"/> replaced by NaN (missing).</summary>
    /// <returns>Number of samples replaced.</returns>
    public static int RemoveOutOfRange(ReadOnlySpan<double> x, ChannelLimits limits, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        var replaced = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            if (double.IsNaN(v) || limits.Contains(v))
            {
                destination[i] = v;
            }
            else
            {
                destination[i] = double.NaN;
                replaced++;
            }
        }

        return replaced;
    }

    private static bool IsOnFoot(Sport sport) => sport is Sport.Running or Sport.DistanceRunning or Sport.Sprinting
        or Sport.Walking or Sport.BallGame;
}
