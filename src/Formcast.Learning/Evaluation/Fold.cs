namespace Formcast.Learning.Evaluation;

/// <summary>One train/test split: row indices into the dataset that was split, each ascending.</summary>
/// <param name="Index">0-based fold number.</param>
/// <param name="Train">Rows to fit on.</param>
/// <param name="Test">Rows to evaluate on.</param>
public sealed record Fold(int Index, int[] Train, int[] Test);
