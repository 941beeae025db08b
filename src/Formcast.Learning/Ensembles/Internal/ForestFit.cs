using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Ensembles.Internal;

/// <summary>The trees of a fitted forest and which rows each tree saw (for out-of-bag estimates).</summary>
internal sealed record ForestFit(Tree[] Trees, ulong[][]? InBag);
