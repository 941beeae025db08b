namespace Formcast.Learning.Evaluation.Internal;

/// <summary>Turns a test-fold number per row into folds whose train side is every other row.</summary>
internal static class FoldAssignment
{
    public static Fold[] ToFolds(ReadOnlySpan<int> testFoldOfRow, int folds)
    {
        var result = new Fold[folds];
        for (var f = 0; f < folds; f++)
        {
            var train = new List<int>(testFoldOfRow.Length);
            var test = new List<int>();
            for (var r = 0; r < testFoldOfRow.Length; r++)
            {
                if (testFoldOfRow[r] == f) test.Add(r);
                else train.Add(r);
            }

            result[f] = new Fold(f, train.ToArray(), test.ToArray());
        }

        return result;
    }

    /// <summary>Dense codes 0…g−1 for the distinct values of <paramref name="values"/> in ascending order.</summary>
    public static (int[] Codes, int[] Distinct) Encode(ReadOnlySpan<int> values)
    {
        var distinct = values.ToArray().Distinct().Order().ToArray();
        var index = new Dictionary<int, int>(distinct.Length);
        for (var i = 0; i < distinct.Length; i++) index[distinct[i]] = i;
        var codes = new int[values.Length];
        for (var r = 0; r < values.Length; r++) codes[r] = index[values[r]];
        return (codes, distinct);
    }
}
