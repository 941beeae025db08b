namespace Formcast.Signals;

/// <summary>Plausibility limits of one channel: values outside [<see cref="Minimum"/>, <see cref="Maximum"/>] are sensor errors.</summary>
/// <param name="Channel">Channel name, as in <see cref="Formcast.Core.Channels"/>.</param>
/// <param name="Minimum">Lowest plausible value, inclusive.</param>
/// <param name="Maximum">Highest plausible value, inclusive.</param>
/// <param name="Unit">Unit of the limits.</param>
/// <param name="Rationale">Why these limits: the physiology or physics behind them.</param>
public sealed record ChannelLimits(string Channel, double Minimum, double Maximum, string Unit, string Rationale)
{
    /// <summary>True when <paramref name="value"/> lies inside the limits (NaN is not).</summary>
    public bool Contains(double value) => value >= Minimum && value <= Maximum;
}
