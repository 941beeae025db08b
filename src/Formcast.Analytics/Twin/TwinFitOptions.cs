using Formcast.Learning;

namespace Formcast.Analytics;

/// <summary>
/// Options of the twin fit: box bounds per parameter (equal bounds fix a parameter), optional population priors,
/// multi-start, bootstrap and leave-one-test-out. Randomness (start jitter, bootstrap resampling) comes from
/// <see cref="LearnerOptions.Seed"/>.
/// </summary>
public sealed record TwinFitOptions : LearnerOptions
{
    /// <summary>Lower bounds of (p0, k1, τ1, k2, τ2). Gains are non-negative; time constants at least 1 day.</summary>
    public BanisterParameters LowerBounds { get; init; } = new(double.NegativeInfinity, 0, 1, 0, 1);

    /// <summary>Upper bounds of (p0, k1, τ1, k2, τ2).</summary>
    public BanisterParameters UpperBounds { get; init; } = new(double.PositiveInfinity, double.PositiveInfinity, 120, double.PositiveInfinity, 120);

    /// <summary>Population priors (penalties); null fits by plain least squares.</summary>
    public TwinPriors? Priors { get; init; }

    /// <summary>Test-to-test noise SD in performance units that scales the prior penalties; null estimates it from the
    /// unpenalised fit as √(SSE/(n − free parameters)).</summary>
    public double? PerformanceNoiseSd { get; init; }

    /// <summary>Whether the test day's own load counts (Clarke &amp; Skiba's convention).</summary>
    public bool IncludeSameDayLoad { get; init; } = true;

    /// <summary>Levenberg–Marquardt runs, started from the best points of a log-spaced grid of time constants (with
    /// gains and p0 solved linearly at each grid point) and seeded jitter.</summary>
    public int Starts { get; init; } = 6;

    /// <summary>Grid points per time constant for choosing starts.</summary>
    public int GridPointsPerTimeConstant { get; init; } = 12;

    public int MaxIterations { get; init; } = 500;

    /// <summary>Residual-bootstrap replicates for confidence intervals and parameter correlations; 0 skips.</summary>
    public int BootstrapReplicates { get; init; } = 200;

    /// <summary>Coverage of the percentile bootstrap intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Refit without each test in turn and predict it.</summary>
    public bool LeaveOneTestOut { get; init; } = true;

    public override void Validate()
    {
        base.Validate();
        for (var j = 0; j < BanisterParameters.Count; j++)
        {
            if (!(LowerBounds[j] <= UpperBounds[j]))
                throw new ArgumentOutOfRangeException(nameof(LowerBounds), LowerBounds[j], $"lower bound of {BanisterParameters.Names[j]} exceeds its upper bound");
        }

        if (!(LowerBounds.Tau1 > 0) || !(LowerBounds.Tau2 > 0)) throw new ArgumentOutOfRangeException(nameof(LowerBounds), "time constants must be bounded away from 0");
        if (!double.IsFinite(UpperBounds.Tau1) || !double.IsFinite(UpperBounds.Tau2)) throw new ArgumentOutOfRangeException(nameof(UpperBounds), "time constants need finite upper bounds");
        if (PerformanceNoiseSd is { } sd) OptionCheck.Positive(sd, nameof(PerformanceNoiseSd));
        OptionCheck.Positive(Starts, nameof(Starts));
        OptionCheck.Positive(GridPointsPerTimeConstant, nameof(GridPointsPerTimeConstant));
        OptionCheck.Positive(MaxIterations, nameof(MaxIterations));
        OptionCheck.NonNegative(BootstrapReplicates, nameof(BootstrapReplicates));
        OptionCheck.InRange(ConfidenceLevel, 0.5, 1, nameof(ConfidenceLevel), highExclusive: true);
        if (Priors is not null)
        {
            for (var j = 0; j < BanisterParameters.Count; j++)
            {
                if (Priors[j] is { } prior) OptionCheck.Positive(prior.StandardDeviation, nameof(Priors) + "." + BanisterParameters.Names[j]);
            }
        }
    }
}
