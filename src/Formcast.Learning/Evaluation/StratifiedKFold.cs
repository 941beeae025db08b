using System.Globalization;
using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// K folds that keep each class's share of rows: class members are dealt to folds by the round-robin allocation of
/// scikit-learn 1.2's <c>StratifiedKFold</c> (classes numbered by first appearance, each class's fold numbers handed
/// out in blocks in row order), so without shuffling the folds are index-for-index scikit-learn's. Shuffling permutes
/// each class's block of fold numbers with <see cref="Rng"/>. Ignores groups: for athlete data with a rare outcome,
/// use <see cref="GroupKFold"/>.
/// </summary>
public sealed class StratifiedKFold : ISplitter
{
    public StratifiedKFold(int folds = 5, bool shuffle = false, ulong seed = 42)
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
        var y = data.Target;
        if (Folds > y.Length) throw new ArgumentException($"cannot make {Folds} folds from {y.Length} rows", nameof(data));

        // Classes numbered in order of first appearance.
        var codeOf = new Dictionary<double, int>();
        var encoded = new int[y.Length];
        for (var r = 0; r < y.Length; r++)
        {
            if (!codeOf.TryGetValue(y[r], out var code))
            {
                code = codeOf.Count;
                codeOf[y[r]] = code;
            }

            encoded[r] = code;
        }

        var classes = codeOf.Count;
        var counts = new int[classes];
        foreach (var c in encoded) counts[c]++;
        if (counts.All(c => c < Folds))
            throw new ArgumentException($"{Folds} folds exceed the number of members of every class", nameof(data));

        // Round robin over the labels in sorted (code) order: position p goes to fold p mod k.
        var allocation = new int[Folds, classes];
        var position = 0;
        for (var c = 0; c < classes; c++)
        {
            for (var i = 0; i < counts[c]; i++, position++) allocation[position % Folds, c]++;
        }

        var rng = new Rng(Seed);
        var foldOf = new int[y.Length];
        for (var c = 0; c < classes; c++)
        {
            var block = new int[counts[c]];
            var at = 0;
            for (var f = 0; f < Folds; f++)
            {
                for (var i = 0; i < allocation[f, c]; i++) block[at++] = f;
            }

            if (Shuffle) rng.Shuffle(block.AsSpan());
            at = 0;
            for (var r = 0; r < y.Length; r++)
            {
                if (encoded[r] == c) foldOf[r] = block[at++];
            }
        }

        return FoldAssignment.ToFolds(foldOf, Folds);
    }

    public string Describe() => Shuffle
        ? string.Create(CultureInfo.InvariantCulture, $"stratified {Folds}-fold, class blocks shuffled with seed {Seed}")
        : string.Create(CultureInfo.InvariantCulture, $"stratified {Folds}-fold, rows in file order");
}
