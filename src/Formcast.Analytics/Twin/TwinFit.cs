namespace Formcast.Analytics;

/// <summary>
/// A fitted fitness–fatigue twin: parameters, in-sample fit, uncertainty (bootstrap intervals, parameter correlations)
/// and out-of-sample error (leave one test out). <see cref="Provenance"/> names the model, conventions, priors and seed.
/// </summary>
public sealed record TwinFit
{
    public required BanisterParameters Parameters { get; init; }

    /// <summary>The tests fitted, in day order.</summary>
    public required IReadOnlyList<TwinObservation> Observations { get; init; }

    /// <summary>Modelled performance on each test day.</summary>
    public required IReadOnlyList<double> Fitted { get; init; }

    /// <summary>Sum of squared errors on the tests (performance units²).</summary>
    public double Sse { get; init; }

    /// <summary>1 − SSE / total sum of squares of the tests.</summary>
    public double RSquared { get; init; }

    /// <summary>√(SSE / tests).</summary>
    public double Rmse { get; init; }

    /// <summary>Prior penalty at the optimum (0 without priors).</summary>
    public double Penalty { get; init; }

    /// <summary>Noise SD that scaled the prior penalties (NaN without priors).</summary>
    public double PriorNoiseSd { get; init; } = double.NaN;

    public bool IncludeSameDayLoad { get; init; }

    /// <summary>Correlation matrix of the parameters from the Gauss–Newton covariance (JᵀJ)⁻¹ at the optimum, over the
    /// free parameters (NaN rows and columns for fixed ones).</summary>
    public required double[,] AsymptoticCorrelation { get; init; }

    /// <summary>Percentile bootstrap intervals (empty when no bootstrap was run).</summary>
    public IReadOnlyList<ParameterInterval> ConfidenceIntervals { get; init; } = [];

    /// <summary>Correlation of the parameters across bootstrap replicates (null without bootstrap).</summary>
    public double[,]? BootstrapCorrelation { get; init; }

    public int BootstrapReplicates { get; init; }

    /// <summary>Each test predicted by a fit without it (empty when not requested).</summary>
    public IReadOnlyList<HeldOutPrediction> LeaveOneOut { get; init; } = [];

    /// <summary>Root mean squared held-out error (NaN when not computed).</summary>
    public double LeaveOneOutRmse { get; init; } = double.NaN;

    /// <summary>Mean absolute held-out error.</summary>
    public double LeaveOneOutMae { get; init; } = double.NaN;

    public int Iterations { get; init; }

    public string Provenance { get; init; } = "";

    /// <summary>Plain sentences about identifiability and data caveats.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Modelled performance for every day of <paramref name="dailyLoad"/>.</summary>
    public double[] Predict(ReadOnlySpan<double> dailyLoad)
    {
        var result = new double[dailyLoad.Length];
        BanisterModel.Predict(dailyLoad, Parameters, result, IncludeSameDayLoad);
        return result;
    }
}
