namespace Formcast.Workflows.Predictions.Data;

/// <summary>An outcome: its column, a readable label and its unit.</summary>
internal sealed record InterventionOutcome(string Column, string Label, string Unit);
