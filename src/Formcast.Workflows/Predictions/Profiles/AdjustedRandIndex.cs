namespace Formcast.Workflows.Predictions.Profiles;

/// <summary>
/// Adjusted Rand index of two partitions of the same items (Hubert &amp; Arabie 1985, J Classif 2:193): the Rand index
/// corrected for chance, (Σᵢⱼ C(nᵢⱼ, 2) − E) / (½[Σᵢ C(aᵢ, 2) + Σⱼ C(bⱼ, 2)] − E) with E = Σᵢ C(aᵢ, 2)·Σⱼ C(bⱼ, 2) / C(n, 2),
/// nᵢⱼ the contingency table and aᵢ, bⱼ its margins. 1 for identical partitions (up to label names), about 0 for
/// independent ones, negative below chance. As scikit-learn's <c>adjusted_rand_score</c>, two partitions that are
/// both a single cluster (or both all singletons) score 1.
/// </summary>
internal static class AdjustedRandIndex
{
    public static double Compute(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length != b.Length) throw new ArgumentException($"{a.Length} labels against {b.Length}", nameof(b));
        var n = a.Length;
        if (n < 2) return 1;
        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < n; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            columns[b[i]] = columns.GetValueOrDefault(b[i]) + 1;
        }

        if ((rows.Count == 1 && columns.Count == 1) || (rows.Count == n && columns.Count == n)) return 1;
        static double Pairs(long k) => k * (k - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var sumA = rows.Values.Sum(Pairs);
        var sumB = columns.Values.Sum(Pairs);
        var expected = sumA * sumB / Pairs(n);
        var maximum = (sumA + sumB) / 2;
        return maximum == expected ? 0 : (index - expected) / (maximum - expected);
    }
}
