namespace Formcast.Workflows.WhatIf;

/// <summary>A planned session as shown: day, kind, load (common scale), minutes and why it is there.</summary>
public sealed record PlannedSessionView(DateOnly Date, string Kind, double Load, double Minutes, string Reason);
