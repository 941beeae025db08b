using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// RR-interval artefact detection and correction by the local-median rule: an interval is an artefact when it lies
/// outside the plausible range or differs from the median of the surrounding beats by more than a set fraction of
/// that median (default 20 %, configurable).
/// </summary>
/// <remarks>
/// The rule is the relative filter of Malik et al. 1989 (Eur Heart J 10:1060; 20 % from the preceding interval) made
/// robust by comparing with a median-filtered local average, as in the threshold-based correction of Kubios HRV
/// (Tarvainen et al. 2014, Comput Methods Programs Biomed 113:210). It is simpler than the beat-classifying method of
/// Lipponen &amp; Tarvainen 2019 (J Med Eng Technol 43:173), which Formcast does not implement: a missed beat (one
/// interval of about twice the normal length) is flagged and replaced here, not split into two beats.
/// </remarks>
public static class RrArtefacts
{
    /// <summary>Default options (20 %, 11-beat median, 250–2000 ms).</summary>
    public static RrArtefactOptions DefaultOptions { get; } = new();

    /// <summary>Flags the artefacts in <paramref name="rrMs"/>.</summary>
    /// <param name="rrMs">RR intervals in milliseconds, in beat order; NaN counts as an artefact.</param>
    /// <param name="options">Rule parameters, or null for <see cref="DefaultOptions"/>.</param>
    /// <param name="destination">One flag per interval, true = artefact.</param>
    /// <returns>Number of artefacts.</returns>
    public static int Detect(ReadOnlySpan<double> rrMs, RrArtefactOptions? options, Span<bool> destination)
    {
        options ??= DefaultOptions;
        options.Validate();
        Check.SameLength(rrMs.Length, destination.Length, nameof(destination));

        // Implausible intervals are kept out of the local median, so a burst of them cannot drag it along.
        var plausible = new double[rrMs.Length];
        for (var i = 0; i < rrMs.Length; i++)
            plausible[i] = rrMs[i] >= options.MinimumRrMs && rrMs[i] <= options.MaximumRrMs ? rrMs[i] : double.NaN;
        var median = new double[rrMs.Length];
        Smoothing.MovingMedian(plausible, options.MedianWindowBeats, WindowAlignment.Centered, median);

        var count = 0;
        for (var i = 0; i < rrMs.Length; i++)
        {
            var artefact = double.IsNaN(plausible[i]) || Math.Abs(rrMs[i] - median[i]) > options.RelativeThreshold * median[i];
            destination[i] = artefact;
            if (artefact) count++;
        }

        return count;
    }

    /// <summary>Copies <paramref name="rrMs"/> with the flagged intervals corrected by <paramref name="method"/>.</summary>
    /// <param name="rrMs">RR intervals in milliseconds.</param>
    /// <param name="artefacts">Flags from <see cref="Detect"/>.</param>
    /// <param name="method">Interpolate or remove.</param>
    /// <param name="destination">Corrected (NN) intervals; must not overlap <paramref name="rrMs"/>.</param>
    /// <returns>Number of intervals corrected.</returns>
    public static int Correct(ReadOnlySpan<double> rrMs, ReadOnlySpan<bool> artefacts, RrCorrection method, Span<double> destination)
    {
        Check.SameLength(rrMs.Length, artefacts.Length, nameof(artefacts));
        Check.SameLength(rrMs.Length, destination.Length, nameof(destination));
        Check.NoOverlap(rrMs, destination, nameof(destination));
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "unknown correction");

        var corrected = 0;
        for (var i = 0; i < rrMs.Length; i++)
        {
            destination[i] = artefacts[i] ? double.NaN : rrMs[i];
            if (artefacts[i]) corrected++;
        }

        if (method == RrCorrection.Remove || corrected == rrMs.Length) return corrected;

        // Interior runs by linear interpolation over beat number; runs at either end take the nearest accepted beat.
        var filled = new double[rrMs.Length];
        GapFilling.Linear(destination, int.MaxValue, filled);
        var first = 0;
        while (double.IsNaN(filled[first])) first++;
        var last = filled.Length - 1;
        while (double.IsNaN(filled[last])) last--;
        filled.AsSpan(0, first).Fill(filled[first]);
        filled.AsSpan(last + 1).Fill(filled[last]);
        filled.CopyTo(destination);
        return corrected;
    }
}
