using Formcast.Core;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>A planned session in a weekly template: what, how long, and at what fraction of heart-rate reserve.</summary>
/// <param name="Kind">Intensity shape.</param>
/// <param name="Label">Session type as a coach would label it.</param>
/// <param name="Minutes">Planned duration.</param>
/// <param name="Intensity">Mean target as a fraction of heart-rate reserve.</param>
/// <param name="Sport">Sport of the recorded activity.</param>
/// <param name="Probability">Chance the session happens in a given week (optional sessions of the general population).</param>
internal sealed record SessionTemplate(SessionKind Kind, string Label, double Minutes, double Intensity, Sport Sport, double Probability = 1.0);
