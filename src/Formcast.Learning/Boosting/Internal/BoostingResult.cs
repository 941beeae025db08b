using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>The trees of a boosting run, the output each feeds, the starting margins and the validation losses.</summary>
internal sealed record BoostingResult(Tree[] Trees, int[] TreeOutput, double[] BaseMargins, int Rounds, double[] ValidationLoss);
