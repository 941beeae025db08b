namespace Formcast.Signals;

/// <summary>Where a sliding window sits relative to the sample it produces.</summary>
public enum WindowAlignment
{
    /// <summary>Samples i − h … i + h (window 2h + 1, odd); uses future samples, so for recorded data only.</summary>
    Centered = 0,

    /// <summary>Samples i − w + 1 … i; causal, usable on a live stream.</summary>
    Trailing = 1,
}
