using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Heart-rate variability from NN intervals (RR intervals after artefact correction, <see cref="RrArtefacts"/>):
/// time domain (mean NN, mean HR, SDNN, rMSSD, pNN50), frequency domain (LF, HF, LF/HF) and the short-term DFA
/// exponent α1. Intervals are in milliseconds. NaN marks a removed beat: time-domain statistics skip it and every
/// successive difference it touches; the frequency domain and DFA join the beats on either side of it (use
/// <see cref="RrCorrection.Interpolate"/> to keep the series unbroken).
/// </summary>
/// <remarks>
/// Definitions: Task Force of the ESC and NASPE 1996, "Heart rate variability: standards of measurement,
/// physiological interpretation and clinical use", Circulation 93:1043. SDNN uses the divisor n − 1 and mean HR is
/// 60000 / mean NN, as in Kubios HRV (Tarvainen et al. 2014, Comput Methods Programs Biomed 113:210).
/// </remarks>
public static class Hrv
{
    /// <summary>Mean NN interval (ms); NaN when none.</summary>
    public static double MeanNnMs(ReadOnlySpan<double> nnMs) => TimeDomain.Mean(nnMs);

    /// <summary>Mean heart rate (bpm) = 60000 / mean NN: beats counted over the time they took.</summary>
    public static double MeanHeartRateBpm(ReadOnlySpan<double> nnMs) => 60000 / TimeDomain.Mean(nnMs);

    /// <summary>SDNN: sample standard deviation (n − 1) of the NN intervals (ms); NaN below two.</summary>
    public static double Sdnn(ReadOnlySpan<double> nnMs) => TimeDomain.StandardDeviation(nnMs);

    /// <summary>rMSSD: √(mean of (NN_i − NN_{i−1})²) over successive pairs both present (ms); NaN when there is no pair.</summary>
    public static double Rmssd(ReadOnlySpan<double> nnMs)
    {
        double sum = 0;
        var pairs = 0;
        for (var i = 1; i < nnMs.Length; i++)
        {
            var d = nnMs[i] - nnMs[i - 1];
            if (double.IsNaN(d)) continue;
            sum += d * d;
            pairs++;
        }

        return pairs == 0 ? double.NaN : Math.Sqrt(sum / pairs);
    }

    /// <summary>
    /// pNNx: percentage of successive pairs (both present) whose difference exceeds <paramref name="thresholdMs"/>
    /// (strictly; 50 ms gives pNN50); NaN when there is no pair.
    /// </summary>
    public static double Pnn(ReadOnlySpan<double> nnMs, double thresholdMs = 50)
    {
        var (pairs, above) = (0, 0);
        for (var i = 1; i < nnMs.Length; i++)
        {
            var d = nnMs[i] - nnMs[i - 1];
            if (double.IsNaN(d)) continue;
            pairs++;
            if (Math.Abs(d) > thresholdMs) above++;
        }

        return pairs == 0 ? double.NaN : 100.0 * above / pairs;
    }

    /// <summary>
    /// LF and HF power of the NN series: the tachogram (NN_i at the time its beat ends) is resampled at
    /// <see cref="HrvSpectralOptions.ResampleRateHz"/> by a natural cubic spline, and its Welch spectrum
    /// (<see cref="Spectral.Welch"/>: Hann, 50 % overlap, segments of <see cref="HrvSpectralOptions.SegmentSeconds"/>
    /// or the whole series when shorter) is integrated over the bands.
    /// </summary>
    /// <returns>The powers, or null when the present beats span less than one cycle of the LF band's lower edge (25 s by default).</returns>
    /// <param name="nnMs">NN intervals (ms).</param>
    /// <param name="options">Resampling, segment and band settings, or null for the defaults.</param>
    public static HrvFrequencyDomain? FrequencyDomain(ReadOnlySpan<double> nnMs, HrvSpectralOptions? options = null)
    {
        options ??= new HrvSpectralOptions();
        options.Validate();
        var nn = Present(nnMs);
        if (nn.Length < 3) return null;

        var beatTimes = new double[nn.Length];
        double elapsed = 0;
        for (var i = 0; i < nn.Length; i++)
        {
            elapsed += nn[i] / 1000;
            beatTimes[i] = elapsed;
        }

        var duration = beatTimes[^1] - beatTimes[0];
        if (duration * options.LowFrequencyStartHz < 1) return null;

        var period = 1 / options.ResampleRateHz;
        var grid = new double[Resampling.SampleCount(beatTimes[0], beatTimes[^1], period)];
        for (var k = 0; k < grid.Length; k++) grid[k] = beatTimes[0] + (k * period);
        var tachogram = new double[grid.Length];
        NaturalCubicSpline.Fit(beatTimes, nn).Evaluate(grid, tachogram);

        var segment = Math.Min(tachogram.Length, (int)Math.Round(options.SegmentSeconds * options.ResampleRateHz));
        var psd = new double[Spectral.OneSidedLength(segment)];
        var df = Spectral.Welch(tachogram, options.ResampleRateHz, segment, psd);
        return new HrvFrequencyDomain(
            Spectral.BandPower(psd, df, options.LowFrequencyStartHz, options.HighFrequencyStartHz),
            Spectral.BandPower(psd, df, options.HighFrequencyStartHz, options.HighFrequencyEndHz),
            (grid.Length - 1) * period,
            ((tachogram.Length - segment) / (segment - (segment / 2))) + 1);
    }

    /// <summary>
    /// Short-term detrended fluctuation analysis exponent α1 (Peng et al. 1995, Chaos 5:82): the series is integrated
    /// (y_k = Σ (NN_i − mean)), cut into non-overlapping boxes of n beats from the start (the remainder is not used),
    /// a least-squares line is removed in each box, and α1 is the slope of log F(n) against log n for
    /// n = <paramref name="minimumBox"/> … <paramref name="maximumBox"/>, F(n) being the RMS of the residuals.
    /// </summary>
    /// <remarks>α1 ≈ 1 at rest, ≈ 0.75 near the aerobic threshold and ≈ 0.5 above it (Rogers et al. 2021, Front Physiol 11:596567).</remarks>
    /// <param name="nnMs">NN intervals (ms).</param>
    /// <param name="minimumBox">Smallest box, beats (4).</param>
    /// <param name="maximumBox">Largest box, beats (16).</param>
    /// <returns>α1, or NaN with fewer present beats than <paramref name="maximumBox"/>.</returns>
    public static double DfaAlpha1(ReadOnlySpan<double> nnMs, int minimumBox = 4, int maximumBox = 16)
    {
        if (minimumBox < 3) throw new ArgumentOutOfRangeException(nameof(minimumBox), minimumBox, $"{nameof(minimumBox)} must be at least 3");
        if (maximumBox <= minimumBox) throw new ArgumentOutOfRangeException(nameof(maximumBox), maximumBox, $"{nameof(maximumBox)} must exceed {nameof(minimumBox)}");
        var nn = Present(nnMs);
        if (nn.Length < maximumBox) return double.NaN;

        var mean = TimeDomain.Mean(nn);
        var profile = new double[nn.Length];
        double running = 0;
        for (var i = 0; i < nn.Length; i++)
        {
            running += nn[i] - mean;
            profile[i] = running;
        }

        var sizes = maximumBox - minimumBox + 1;
        var logSize = new double[sizes];
        var logFluctuation = new double[sizes];
        for (var n = minimumBox; n <= maximumBox; n++)
        {
            var boxes = profile.Length / n;
            double squares = 0;
            for (var b = 0; b < boxes; b++) squares += SquaredResidualsOfLine(profile.AsSpan(b * n, n));
            logSize[n - minimumBox] = Math.Log(n);
            logFluctuation[n - minimumBox] = 0.5 * Math.Log(squares / (boxes * n));
        }

        return LeastSquaresSlope(logSize, logFluctuation);
    }

    /// <summary>
    /// Detects and corrects artefacts (<see cref="RrArtefacts"/>, interpolation), then computes every statistic of
    /// this class on the corrected series.
    /// </summary>
    /// <param name="rrMs">Raw RR intervals (ms), in beat order.</param>
    /// <param name="artefactOptions">Artefact rule, or null for the defaults (20 % from the 11-beat median).</param>
    /// <param name="spectralOptions">Frequency-domain settings, or null for the defaults.</param>
    public static HrvSummary Analyze(ReadOnlySpan<double> rrMs, RrArtefactOptions? artefactOptions = null, HrvSpectralOptions? spectralOptions = null)
    {
        var flags = new bool[rrMs.Length];
        var artefacts = RrArtefacts.Detect(rrMs, artefactOptions, flags);
        var nn = new double[rrMs.Length];
        if (artefacts < rrMs.Length) RrArtefacts.Correct(rrMs, flags, RrCorrection.Interpolate, nn);
        else nn.AsSpan().Fill(double.NaN);
        return new HrvSummary(
            rrMs.Length, artefacts, MeanNnMs(nn), MeanHeartRateBpm(nn), Sdnn(nn), Rmssd(nn), Pnn(nn),
            FrequencyDomain(nn, spectralOptions), DfaAlpha1(nn));
    }

    /// <summary>
    /// RR intervals from beat times: the differences of consecutive times, in milliseconds. A repeated or backward
    /// time (a beat reported twice) gives no interval.
    /// </summary>
    /// <param name="beatTimesSeconds">Time of each beat, seconds, in order.</param>
    /// <param name="destination">At least beatTimesSeconds.Length − 1 long.</param>
    /// <returns>Number of intervals written.</returns>
    public static int RrFromBeatTimes(ReadOnlySpan<double> beatTimesSeconds, Span<double> destination)
    {
        Check.AtLeast(destination.Length, Math.Max(0, beatTimesSeconds.Length - 1), nameof(destination));
        var count = 0;
        var previous = beatTimesSeconds.IsEmpty ? double.NaN : beatTimesSeconds[0];
        for (var i = 1; i < beatTimesSeconds.Length; i++)
        {
            var t = beatTimesSeconds[i];
            if (!(t > previous)) continue;
            destination[count++] = (t - previous) * 1000;
            previous = t;
        }

        return count;
    }

    private static double[] Present(ReadOnlySpan<double> x)
    {
        var present = new double[x.Length];
        return present[..OrderStatistics.CopyPresent(x, present)];
    }

    /// <summary>Σ of squared residuals after a least-squares line over k = 0 … n − 1.</summary>
    private static double SquaredResidualsOfLine(ReadOnlySpan<double> y)
    {
        var n = y.Length;
        var meanK = (n - 1) / 2.0;
        var meanY = TimeDomain.Mean(y);
        double sxy = 0, sxx = 0;
        for (var k = 0; k < n; k++)
        {
            sxy += (k - meanK) * (y[k] - meanY);
            sxx += (k - meanK) * (k - meanK);
        }

        var slope = sxy / sxx;
        double sum = 0;
        for (var k = 0; k < n; k++)
        {
            var residual = y[k] - (meanY + (slope * (k - meanK)));
            sum += residual * residual;
        }

        return sum;
    }

    private static double LeastSquaresSlope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var (meanX, meanY) = (TimeDomain.Mean(x), TimeDomain.Mean(y));
        double sxy = 0, sxx = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }

        return sxy / sxx;
    }
}
