namespace Formcast.Workflows.Predictions;

/// <summary>What <c>formcast evaluate</c> predicts and how it is judged.</summary>
public enum PredictionTask
{
    /// <summary>Injury-risk flag for the coming week: classifier chosen by cross-validation, calibrated, explained,
    /// compared with simple baselines, audited by subgroup; with stacking, drift and model registration.</summary>
    Injury,

    /// <summary>Next-day self-rated readiness from the previous days, with the population + individual layer.</summary>
    Readiness,

    /// <summary>Marathon and half-marathon time from other personal bests, against Riegel, Cameron and VDOT, with
    /// prediction intervals.</summary>
    Race,

    /// <summary>Test outcomes after a training intervention from the tests before it.</summary>
    Performance,

    /// <summary>Athlete profiles by k-means and hierarchical clustering, their stability and reassignment over a season.</summary>
    Profiles,
}
