namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Least-recently-used cache of kernel-matrix rows in single precision (as LIBSVM stores Q, halving memory and
/// bandwidth; Chang &amp; Lin 2011, §5.2). A row holds a prefix of its entries: the solver asks for the first
/// <c>length</c> entries (the active set) and the cache extends a row only when a longer prefix is needed. The cache
/// never drops below room for two full rows, so the two rows of a working pair stay valid together.
/// </summary>
internal sealed class KernelRowCache
{
    /// <summary>Writes row <c>row</c>'s entries [start, end) into <c>destination</c> (length end − start).</summary>
    public delegate void RowFiller(int row, int start, int end, Span<float> destination);

    private const int None = -1;

    private readonly RowFiller _fill;
    private readonly float[]?[] _rows;
    private readonly int[] _filled;
    private readonly int[] _previous;
    private readonly int[] _next;
    private readonly long _capacity;
    private long _used;
    private int _oldest = None;
    private int _newest = None;

    public KernelRowCache(int count, long bytes, RowFiller fill)
    {
        _fill = fill;
        _rows = new float[]?[count];
        _filled = new int[count];
        _previous = new int[count];
        _next = new int[count];
        _capacity = Math.Max(bytes / sizeof(float), 2L * count);
    }

    /// <summary>The first <paramref name="length"/> entries of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Get(int row, int length)
    {
        var data = _rows[row];
        if (data is not null)
        {
            Unlink(row);
            Append(row);
            if (_filled[row] >= length) return data.AsSpan(0, length);
        }

        if (data is null || data.Length < length)
        {
            var held = data?.Length ?? 0;
            float[]? recycled = null;
            while (_used - held + length > _capacity && _oldest != None && _oldest != row)
            {
                var evicted = Evict(_oldest);
                if (recycled is null && evicted.Length >= length) recycled = evicted;
            }

            if (recycled is not null && recycled.Length >= length && _used - held + recycled.Length <= _capacity)
            {
                if (data is not null) data.AsSpan(0, _filled[row]).CopyTo(recycled);
                _used += recycled.Length - held;
                data = recycled;
            }
            else
            {
                var fresh = new float[length];
                if (data is not null) data.AsSpan(0, _filled[row]).CopyTo(fresh);
                _used += length - held;
                data = fresh;
            }

            if (_rows[row] is null) Append(row);
            _rows[row] = data;
        }

        var start = _filled[row];
        _fill(row, start, length, data.AsSpan(start, length - start));
        _filled[row] = length;
        return data.AsSpan(0, length);
    }

    /// <summary>Exchanges the identities of rows <paramref name="i"/> and <paramref name="j"/> (i &lt; j) in every
    /// cached row, following a swap of the two variables in the solver's order. A row holding entry i but not entry j
    /// is cut back to its first i entries, which stay valid.</summary>
    public void Swap(int i, int j)
    {
        if (i == j) return;
        if (i > j) (i, j) = (j, i);
        var iCached = _rows[i] is not null;
        var jCached = _rows[j] is not null;
        if (iCached) Unlink(i);
        if (jCached) Unlink(j);
        (_rows[i], _rows[j]) = (_rows[j], _rows[i]);
        (_filled[i], _filled[j]) = (_filled[j], _filled[i]);
        if (jCached) Append(i);
        if (iCached) Append(j);

        for (var h = _oldest; h != None; h = _next[h])
        {
            if (_filled[h] <= i) continue;
            var data = _rows[h]!;
            if (_filled[h] > j) (data[i], data[j]) = (data[j], data[i]);
            else _filled[h] = i;
        }
    }

    private float[] Evict(int row)
    {
        var data = _rows[row]!;
        Unlink(row);
        _rows[row] = null;
        _filled[row] = 0;
        _used -= data.Length;
        return data;
    }

    private void Append(int row)
    {
        _previous[row] = _newest;
        _next[row] = None;
        if (_newest != None) _next[_newest] = row;
        _newest = row;
        if (_oldest == None) _oldest = row;
    }

    private void Unlink(int row)
    {
        var before = _previous[row];
        var after = _next[row];
        if (before != None) _next[before] = after;
        else _oldest = after;
        if (after != None) _previous[after] = before;
        else _newest = before;
    }
}
