using System.Diagnostics;
using System.Globalization;
using Formcast.Learning.Svm;
using Formcast.Planning;

namespace Formcast.Workflows.Planning;

/// <summary>
/// The planner comparison behind <c>formcast plan evaluate</c>: turns a <see cref="PlanEvaluationRequest"/> into
/// <see cref="PlanComparisonOptions"/> (with ε-SVR as the regression planner's learner, as in the reference study)
/// and runs <see cref="PlanComparison"/>, reporting progress as it goes.
/// </summary>
public static class PlanEvaluationWorkflow
{
    /// <summary>The regression planner's learner: ε-SVR, RBF kernel with scikit-learn's "scale" γ, C = 10, ε = 0.1,
    /// on standardised features (the reference study's SVR-driven planner).</summary>
    public static readonly SvrOptions Svr = new() { C = 10, Epsilon = 0.1 };

    public const string SvrDescription = "ε-SVR (Formcast.Learning), RBF kernel, γ = 1/(features·variance), C = 10, ε = 0.1";

    public static PlanComparisonOptions Options(PlanEvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new PlanComparisonOptions
        {
            Seeds = request.Seeds,
            BaseSeed = request.BaseSeed,
            HeldOutPerCell = request.AthletesPerCell,
            Ppo = new PpoOptions { TotalSteps = request.PpoSteps },
            PpoStudySlots = request.StudySlots,
            PpoExtendedSteps = request.ExtendedPpoSteps,
            RegressionLearner = () => new SvrLearner(Svr),
            RegressionName = "svr",
            RegressionDescription = SvrDescription,
            FineTuning = request.FineTuningSteps > 0 ? new FineTuningOptions { Steps = request.FineTuningSteps } : null,
        };
        if (!request.Transfer) options = options with { TransferPopulations = [] };
        if (request.Quick)
        {
            options = options with
            {
                TransferPopulations = request.Transfer ? [PopulationSpec.Youth] : [],
                GeneticAlgorithm = options.GeneticAlgorithm with { Generations = 20 },
                Regression = options.Regression with { TrainingAthletes = 10 },
                FineTuning = options.FineTuning is null ? null : new FineTuningOptions { Steps = Math.Min(request.FineTuningSteps, 4096), EvaluationEpisodes = 4 },
            };
        }

        options.Validate();
        return options;
    }

    /// <summary>Runs the comparison; <paramref name="progress"/> gets one line per stage, prefixed with the elapsed minutes.</summary>
    public static PlanComparisonReport Run(PlanEvaluationRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var options = Options(request);
        var started = Stopwatch.GetTimestamp();
        var timed = progress is null ? null : new StageProgress(progress, started);
        return PlanComparison.Run(options, timed, cancellationToken);
    }

    /// <summary>Prefixes each stage with the minutes elapsed, so long runs show where they are.</summary>
    private sealed class StageProgress(IProgress<string> inner, long started) : IProgress<string>
    {
        public void Report(string value) =>
            inner.Report(string.Create(CultureInfo.InvariantCulture, $"[{Stopwatch.GetElapsedTime(started).TotalMinutes:0.0} min] {value}"));
    }
}
