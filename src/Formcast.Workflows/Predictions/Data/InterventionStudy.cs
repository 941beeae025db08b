namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// A training-intervention study: each participant's group and measurements before and after the intervention, the
/// outcomes worth predicting and the baseline measurements that may predict them.
/// </summary>
/// <param name="Name">Short name, e.g. "cyclingstudy".</param>
/// <param name="Citation">The study the data come from.</param>
/// <param name="Intervention">What happened between the two test points, in one sentence.</param>
/// <param name="Participants">Participants in file order.</param>
/// <param name="Outcomes">Measurements to predict after the intervention from the ones before.</param>
/// <param name="Predictors">Measurements taken before the intervention that the models may use (outcomes included).</param>
internal sealed record InterventionStudy(
    string Name, string Citation, string Intervention, IReadOnlyList<InterventionParticipant> Participants,
    IReadOnlyList<InterventionOutcome> Outcomes, IReadOnlyList<string> Predictors);
