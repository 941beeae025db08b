namespace Formcast.Core;

/// <summary>
/// Describes a sample channel: its name, unit and the resolution at which devices record it. The resolution
/// (<see cref="Quantum"/>) lets stores encode values as small integers losslessly when every value is a
/// multiple of it; values that are not are stored bit-exactly instead.
/// </summary>
/// <param name="Name">Channel name, lower_snake_case; extra channels keep the name their source gives.</param>
/// <param name="Unit">Unit symbol, e.g. "bpm", "m/s", "W".</param>
/// <param name="Quantum">Recording resolution in <paramref name="Unit"/>, or 0 when unknown.</param>
public sealed record ChannelInfo(string Name, string Unit, double Quantum);
