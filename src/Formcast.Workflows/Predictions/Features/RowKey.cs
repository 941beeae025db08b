namespace Formcast.Workflows.Predictions.Features;

/// <summary>Which athlete (index in the cohort) and which prediction day a row belongs to.</summary>
internal readonly record struct RowKey(int Athlete, DateOnly Date);
