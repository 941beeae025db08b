namespace Formcast.Analytics;

/// <summary>
/// Population priors for the twin, applied as penalties <c>σ²·Σ((θ − μ)/s)²</c> added to the sum of squared errors
/// (σ = performance noise SD; this is the MAP estimate under normal priors and normal test error). Identifiability of
/// the Banister model is poor — parameters correlate and bootstrap intervals are wide (Hellard et al. 2006,
/// J Sports Sci 24:509) — so time constants are best anchored by what a squad's other athletes show.
/// </summary>
public sealed record TwinPriors
{
    public NormalPrior? P0 { get; init; }

    public NormalPrior? K1 { get; init; }

    public NormalPrior? Tau1 { get; init; }

    public NormalPrior? K2 { get; init; }

    public NormalPrior? Tau2 { get; init; }

    /// <summary>
    /// Formcast's weak default: time constants centred on Morton, Fitz-Clarke &amp; Banister 1990 (τ1 = 42 d,
    /// τ2 = 11 d) with wide standard deviations (15 d and 7 d, Formcast's choice) so data dominate when they are
    /// informative; gains unconstrained.
    /// </summary>
    public static TwinPriors WeakTimeConstants { get; } = new() { Tau1 = new NormalPrior(42, 15), Tau2 = new NormalPrior(11, 7) };

    /// <summary>A population prior from other athletes' fits: per parameter, the mean and SD across fits (SD floored at
    /// 10 % of |mean| so two similar athletes do not pin the next one).</summary>
    public static TwinPriors FromFits(IReadOnlyCollection<BanisterParameters> fits)
    {
        if (fits.Count < 2) throw new ArgumentException("a population prior needs at least two fits", nameof(fits));
        NormalPrior Of(Func<BanisterParameters, double> read)
        {
            var values = fits.Select(read).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            return new NormalPrior(mean, Math.Max(sd, 0.1 * Math.Abs(mean)));
        }

        return new TwinPriors { P0 = Of(p => p.P0), K1 = Of(p => p.K1), Tau1 = Of(p => p.Tau1), K2 = Of(p => p.K2), Tau2 = Of(p => p.Tau2) };
    }

    internal NormalPrior? this[int index] => index switch
    {
        0 => P0,
        1 => K1,
        2 => Tau1,
        3 => K2,
        4 => Tau2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    internal string Describe()
    {
        var parts = new List<string>();
        for (var j = 0; j < BanisterParameters.Count; j++)
        {
            if (this[j] is { } prior)
                parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BanisterParameters.Names[j]}~N({prior.Mean:0.###},{prior.StandardDeviation:0.###})"));
        }

        return parts.Count == 0 ? "none" : string.Join(',', parts);
    }
}
