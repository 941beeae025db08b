using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>A grown tree and, per node, the slice of <see cref="HistogramTreeBuilder.Rows"/> it holds.</summary>
internal sealed record BuiltTree(Tree Tree, int[] Begin, int[] End);
