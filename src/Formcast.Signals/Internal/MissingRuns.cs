namespace Formcast.Signals.Internal;

/// <summary>
/// Enumerates the interior runs of NaN in a series: maximal runs with a present sample on both sides. Leading and
/// trailing runs are not gaps (nothing bounds them) and are skipped.
/// </summary>
internal ref struct MissingRuns
{
    private readonly ReadOnlySpan<double> _x;
    private int _next;

    public MissingRuns(ReadOnlySpan<double> x)
    {
        _x = x;
        _next = 0;
        Start = Length = 0;
        while (_next < _x.Length && double.IsNaN(_x[_next])) _next++;
    }

    /// <summary>Index of the first missing sample of the current run.</summary>
    public int Start { get; private set; }

    /// <summary>Number of missing samples in the current run.</summary>
    public int Length { get; private set; }

    /// <summary>Index of the present sample after the current run.</summary>
    public readonly int End => Start + Length;

    public readonly MissingRuns GetEnumerator() => this;

    public readonly (int Start, int Length) Current => (Start, Length);

    public bool MoveNext()
    {
        while (_next < _x.Length && !double.IsNaN(_x[_next])) _next++;
        var start = _next;
        while (_next < _x.Length && double.IsNaN(_x[_next])) _next++;
        if (_next >= _x.Length || start >= _x.Length) return false;
        Start = start;
        Length = _next - start;
        return true;
    }
}
