namespace Formcast.Workflows.Predictions.Data;

/// <summary>One participant: group, and measurements by column name before (<see cref="Pre"/>) and after (<see cref="Post"/>).</summary>
internal sealed record InterventionParticipant(string Id, string Group, IReadOnlyDictionary<string, double> Pre, IReadOnlyDictionary<string, double> Post);
