namespace Formcast.Formats.Fit.Internal;

/// <summary>The values component expansion produced for one target field of one message.</summary>
internal readonly struct FitExpandedField(FitFieldProfile target, double[] values, double[] raws, bool[] valid)
{
    public FitFieldProfile Target { get; } = target;

    public double[] Values { get; } = values;

    public double[] Raws { get; } = raws;

    public bool[] Valid { get; } = valid;

    /// <summary>Groups expansions by target field, in order of first appearance.</summary>
    public static FitExpandedField[] Group(ReadOnlySpan<FitExpansion> expansions)
    {
        if (expansions.IsEmpty) return [];
        var targets = new List<FitFieldProfile>();
        foreach (var e in expansions)
        {
            if (!targets.Contains(e.Target)) targets.Add(e.Target);
        }

        var result = new FitExpandedField[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            var count = 0;
            foreach (var e in expansions)
            {
                if (e.Target == targets[t]) count++;
            }

            var values = new double[count];
            var raws = new double[count];
            var valid = new bool[count];
            var i = 0;
            foreach (var e in expansions)
            {
                if (e.Target != targets[t]) continue;
                values[i] = e.Value;
                raws[i] = e.Raw;
                valid[i++] = e.Valid;
            }

            result[t] = new FitExpandedField(targets[t], values, raws, valid);
        }

        return result;
    }
}
