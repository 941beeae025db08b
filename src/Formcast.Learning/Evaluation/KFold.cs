using Formcast.Learning.Evaluation.Internal;
using System.Globalization;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// K contiguous folds of (optionally shuffled) rows; the first n mod k folds hold one extra row. Without shuffling
/// the folds are index-for-index those of scikit-learn's <c>KFold(n_splits=k)</c>. Ignores groups: use
/// <see cref="GroupKFold"/> for athlete data.
/// </summary>
public sealed class KFold : ISplitter
{
    public KFold(int folds = 5, bool shuffle = false, ulong seed = 42)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "folds must be at least 2");
        Folds = folds;
        Shuffle = shuffle;
        Seed = seed;
    }

    public int Folds { get; }

    public bool Shuffle { get; }

    public ulong Seed { get; }

    public IReadOnlyList<Fold> Split(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.Rows;
        if (Folds > n) throw new ArgumentException($"cannot make {Folds} folds from {n} rows", nameof(data));
        var order = Shuffle ? new Rng(Seed).Permutation(n) : Enumerable.Range(0, n).ToArray();
        var foldOf = new int[n];
        var start = 0;
        for (var f = 0; f < Folds; f++)
        {
            var size = (n / Folds) + (f < n % Folds ? 1 : 0);
            for (var i = start; i < start + size; i++) foldOf[order[i]] = f;
            start += size;
        }

        return FoldAssignment.ToFolds(foldOf, Folds);
    }

    public string Describe() => Shuffle
        ? string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold, rows shuffled with seed {Seed}")
        : string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold, rows in file order");
}
