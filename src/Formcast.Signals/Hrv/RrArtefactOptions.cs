namespace Formcast.Signals;

/// <summary>Options of <see cref="RrArtefacts.Detect"/>.</summary>
public sealed record RrArtefactOptions
{
    /// <summary>
    /// An interval is an artefact when it differs from the local median by more than this fraction of it
    /// (0.20 = 20 %; 0.20–0.25 is the usual range).
    /// </summary>
    public double RelativeThreshold { get; init; } = 0.20;

    /// <summary>Beats in the centred median window (odd); the window is truncated at the ends of the series.</summary>
    public int MedianWindowBeats { get; init; } = 11;

    /// <summary>Shortest plausible interval (ms): 250 ms = 240 bpm.</summary>
    public double MinimumRrMs { get; init; } = 250;

    /// <summary>Longest plausible interval (ms): 2000 ms = 30 bpm.</summary>
    public double MaximumRrMs { get; init; } = 2000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (!(RelativeThreshold is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(RelativeThreshold), RelativeThreshold, $"{nameof(RelativeThreshold)} must be in (0, 1)");
        if (MedianWindowBeats < 3 || MedianWindowBeats % 2 == 0)
            throw new ArgumentOutOfRangeException(nameof(MedianWindowBeats), MedianWindowBeats, $"{nameof(MedianWindowBeats)} must be odd and at least 3");
        if (!(MinimumRrMs > 0))
            throw new ArgumentOutOfRangeException(nameof(MinimumRrMs), MinimumRrMs, $"{nameof(MinimumRrMs)} must be positive");
        if (!(MaximumRrMs > MinimumRrMs))
            throw new ArgumentOutOfRangeException(nameof(MaximumRrMs), MaximumRrMs, $"{nameof(MaximumRrMs)} must exceed {nameof(MinimumRrMs)}");
    }
}
