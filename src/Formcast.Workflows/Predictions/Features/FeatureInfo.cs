namespace Formcast.Workflows.Predictions.Features;

/// <summary>What a feature column means: its stable name, a plain label for reports and its unit.</summary>
/// <param name="Name">Stable column name, e.g. "load_7d".</param>
/// <param name="Label">Plain words, e.g. "7-day load".</param>
/// <param name="Unit">Unit or scale, e.g. "load units", "SD", "h".</param>
/// <param name="Group">Which input it comes from: "load", "wellness", "sleep", "injury history", "person", "twin".</param>
internal sealed record FeatureInfo(string Name, string Label, string Unit, string Group);
