namespace Formcast.Learning.Trees.Internal;

/// <summary>Checks shared by the tree-family models at prediction and on load.</summary>
internal static class ModelChecks
{
    public static void RowLength(ReadOnlySpan<double> features, int featureCount)
    {
        if (features.Length != featureCount)
            throw new ArgumentException($"the row has {features.Length} features; the model was fitted on {featureCount}", nameof(features));
    }

    public static void Destination(Span<double> destination, int length)
    {
        if (destination.Length != length)
            throw new ArgumentException($"destination has {destination.Length} slots; {length} are needed", nameof(destination));
    }

    public static void KindVersion(ModelReader reader, int supported)
    {
        if (reader.KindVersion != supported)
            throw reader.Error("kind-version", $"version {reader.KindVersion} is not supported (expected {supported})");
    }

    public static int ReadFeatureCount(ModelReader reader) => reader.ReadInt32("feature-count", 1, 1_000_000);

    /// <summary>Reads sorted, distinct, finite class labels (at least two).</summary>
    public static double[] ReadClasses(ModelReader reader)
    {
        var classes = reader.ReadDoubles("classes");
        if (classes.Length < 1) throw reader.Error("classes", "a classifier needs at least one class");
        for (var i = 1; i < classes.Length; i++)
        {
            if (!(classes[i] > classes[i - 1])) throw reader.Error("classes", "class labels must be distinct and ascending");
        }

        return classes;
    }

    /// <summary>Every node of a classification tree must hold probabilities that sum to one.</summary>
    public static void ProbabilityLeaves(ModelReader reader, Tree tree, string field)
    {
        for (var node = 0; node < tree.NodeCount; node++)
        {
            var sum = 0.0;
            foreach (var p in tree.Value(node))
            {
                if (p is < 0 or > 1) throw reader.Error(field, $"node {node} holds probability {p}");
                sum += p;
            }

            if (Math.Abs(sum - 1) > 1e-9 && sum != 0) throw reader.Error(field, $"node {node} probabilities sum to {sum}");
        }
    }

    /// <summary>Copies the probabilities of one class-probability tree prediction.</summary>
    public static void CopyLeaf(Tree tree, ReadOnlySpan<double> features, Span<double> destination) =>
        tree.Value(tree.FindLeaf(features)).CopyTo(destination);
}
