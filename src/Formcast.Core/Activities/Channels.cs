namespace Formcast.Core;

/// <summary>The well-known sample channels, with units and the resolutions FIT devices record them at.</summary>
public static class Channels
{
    public static readonly ChannelInfo HeartRate = new("heart_rate", "bpm", 1);
    public static readonly ChannelInfo Speed = new("speed", "m/s", 0.001);
    public static readonly ChannelInfo Cadence = new("cadence", "1/min", 1);
    public static readonly ChannelInfo Power = new("power", "W", 1);
    public static readonly ChannelInfo Altitude = new("altitude", "m", 0.2);
    public static readonly ChannelInfo Latitude = new("latitude", "deg", 0);
    public static readonly ChannelInfo Longitude = new("longitude", "deg", 0);
    public static readonly ChannelInfo Distance = new("distance", "m", 0.01);
    public static readonly ChannelInfo Temperature = new("temperature", "°C", 1);
    public static readonly ChannelInfo OxygenSaturation = new("spo2", "%", 1);
    public static readonly ChannelInfo Grade = new("grade", "%", 0.01);

    /// <summary>All well-known channels, keyed by name.</summary>
    public static IReadOnlyDictionary<string, ChannelInfo> Known { get; } = new[]
    {
        HeartRate, Speed, Cadence, Power, Altitude, Latitude, Longitude, Distance, Temperature, OxygenSaturation, Grade,
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The description of <paramref name="name"/>; unknown channels get an empty unit and no resolution.</summary>
    public static ChannelInfo Describe(string name) =>
        Known.TryGetValue(name, out var info) ? info : new ChannelInfo(name, "", 0);
}
