using System.Globalization;
using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// K folds of whole groups (e.g. athletes), balanced by row count: groups are taken largest first and each goes to
/// the fold with the fewest rows so far (lowest fold number on ties). This is scikit-learn 1.2's <c>GroupKFold</c>,
/// including its order among groups of equal size (NumPy's introsort argsort, reversed), so the folds match it
/// index for index. A group is never on both sides of a fold.
/// </summary>
public sealed class GroupKFold : ISplitter
{
    public GroupKFold(int folds = 5)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "folds must be at least 2");
        Folds = folds;
    }

    public int Folds { get; }

    public IReadOnlyList<Fold> Split(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var groups = data.Groups ?? throw new ArgumentException("group k-fold needs the dataset's groups", nameof(data));
        return FoldAssignment.ToFolds(AssignRows(groups, Folds), Folds);
    }

    /// <summary>The fold of every row when whole groups are dealt to <paramref name="folds"/> folds.</summary>
    internal static int[] AssignRows(ReadOnlySpan<int> groups, int folds)
    {
        var (codes, distinct) = FoldAssignment.Encode(groups);
        if (folds > distinct.Length)
            throw new ArgumentException($"cannot make {folds} folds from {distinct.Length} groups", nameof(groups));

        var sizes = new long[distinct.Length];
        foreach (var c in codes) sizes[c]++;
        var ascending = IntroSortArgsort.Argsort(sizes);
        var rowsInFold = new long[folds];
        var foldOfGroup = new int[distinct.Length];
        for (var i = ascending.Length - 1; i >= 0; i--)
        {
            var group = ascending[i];
            var lightest = 0;
            for (var f = 1; f < folds; f++)
            {
                if (rowsInFold[f] < rowsInFold[lightest]) lightest = f;
            }

            rowsInFold[lightest] += sizes[group];
            foldOfGroup[group] = lightest;
        }

        var foldOf = new int[codes.Length];
        for (var r = 0; r < codes.Length; r++) foldOf[r] = foldOfGroup[codes[r]];
        return foldOf;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"group {Folds}-fold (whole groups, balanced by rows)");
}
