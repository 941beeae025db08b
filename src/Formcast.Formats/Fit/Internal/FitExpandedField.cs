namespace Formcast.Formats.Fit.Internal;

/// <summary>The values component expansion produced for one target field of one message: a slice of a shared array.</summary>
internal readonly struct FitExpandedField(FitExpansion[] all, int start, int count)
{
    public FitFieldProfile Target => all[start].Target;

    public int Count => count;

    public double Value(int index) => Entry(index).Value;

    public double Raw(int index) => Entry(index).Raw;

    public bool Valid(int index) => Entry(index).Valid;

    private ref readonly FitExpansion Entry(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return ref all[start + index];
    }

    /// <summary>
    /// Groups expansions by target field, in order of first appearance, into one array and one slice per target (two
    /// allocations per message instead of four per target; materializing records spent half its allocations here).
    /// </summary>
    public static FitExpandedField[] Group(ReadOnlySpan<FitExpansion> expansions)
    {
        if (expansions.IsEmpty) return [];
        var groups = 0;
        for (var i = 0; i < expansions.Length; i++)
        {
            if (FirstOf(expansions, i) == i) groups++;
        }

        var flat = new FitExpansion[expansions.Length];
        var result = new FitExpandedField[groups];
        var at = 0;
        var g = 0;
        for (var i = 0; i < expansions.Length; i++)
        {
            if (FirstOf(expansions, i) != i) continue;
            var start = at;
            for (var j = i; j < expansions.Length; j++)
            {
                if (expansions[j].Target == expansions[i].Target) flat[at++] = expansions[j];
            }

            result[g++] = new FitExpandedField(flat, start, at - start);
        }

        return result;
    }

    private static int FirstOf(ReadOnlySpan<FitExpansion> expansions, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (expansions[i].Target == expansions[index].Target) return i;
        }

        return index;
    }
}
