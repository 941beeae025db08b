namespace Formcast.Learning.Evaluation;

/// <summary>How a bootstrap confidence interval is read off the resampled statistics.</summary>
public enum IntervalMethod
{
    /// <summary>The α/2 and 1 − α/2 percentiles of the bootstrap distribution (Efron &amp; Tibshirani 1993, §13.3).</summary>
    Percentile,

    /// <summary>Bias-corrected and accelerated percentiles (Efron 1987; Efron &amp; Tibshirani 1993, §14.3), as SciPy's
    /// <c>bootstrap(method="BCa")</c>: second-order accurate, and the better choice for skewed statistics such as AUC.</summary>
    BiasCorrectedAccelerated,
}

/// <summary>Options of <see cref="Bootstrap"/>. <see cref="Validate"/> names the offending option.</summary>
public sealed record BootstrapOptions
{
    /// <summary>Number of resamples B.</summary>
    public int Resamples { get; init; } = 2000;

    /// <summary>Two-sided coverage, e.g. 0.95.</summary>
    public double Confidence { get; init; } = 0.95;

    public IntervalMethod Method { get; init; } = IntervalMethod.BiasCorrectedAccelerated;

    /// <summary>When clusters (groups) are given, resample whole clusters (Davison &amp; Hinkley 1997, §3.8): rows of
    /// one athlete are not independent, and resampling rows would understate the uncertainty.</summary>
    public bool ResampleClusters { get; init; } = true;

    /// <summary>Above this many jackknife units (rows or clusters) the BCa acceleration uses a delete-a-block jackknife
    /// over this many random blocks, so its cost stays bounded on large tables.</summary>
    public int MaxJackknifeUnits { get; init; } = 1000;

    public ulong Seed { get; init; } = 42;

    /// <summary>Maximum worker threads; 0 means all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    public void Validate()
    {
        OptionCheck.Positive(Resamples, nameof(Resamples));
        OptionCheck.InRange(Confidence, 0, 1, nameof(Confidence), highExclusive: true);
        OptionCheck.Positive(Confidence, nameof(Confidence));
        OptionCheck.Positive(MaxJackknifeUnits, nameof(MaxJackknifeUnits));
        OptionCheck.NonNegative(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
