namespace Formcast.Signals.Internal;

/// <summary>
/// The median of a sliding window in O(log w) per insertion or removal: a max-heap holds the lower half of the
/// window and a min-heap the upper half (the lower half has the extra element when the count is odd), and every
/// element keeps its heap position by slot so it can be removed without searching.
/// </summary>
/// <remarks>
/// The two-heap running median is textbook (e.g. Sedgewick &amp; Wayne, Algorithms 4th ed., exercise 2.4.30);
/// removal by handle is what makes it a sliding-window median.
/// </remarks>
internal sealed class SlidingMedian
{
    private const int None = 0;
    private const int Lower = 1;
    private const int Upper = 2;

    private readonly double[] _value;
    private readonly int[] _heapOf;
    private readonly int[] _positionOf;
    private readonly int[] _lower;
    private readonly int[] _upper;
    private int _lowerCount;
    private int _upperCount;

    /// <param name="capacity">Number of slots; an element is identified by its slot until removed.</param>
    public SlidingMedian(int capacity)
    {
        _value = new double[capacity];
        _heapOf = new int[capacity];
        _positionOf = new int[capacity];
        _lower = new int[capacity];
        _upper = new int[capacity];
    }

    public int Count => _lowerCount + _upperCount;

    /// <summary>Median of the elements held: the middle one, or the mean of the two middle ones; NaN when empty.</summary>
    public double Median
    {
        get
        {
            if (Count == 0) return double.NaN;
            var low = _value[_lower[0]];
            return _lowerCount > _upperCount ? low : 0.5 * (low + _value[_upper[0]]);
        }
    }

    public void Clear()
    {
        for (var i = 0; i < _lowerCount; i++) _heapOf[_lower[i]] = None;
        for (var i = 0; i < _upperCount; i++) _heapOf[_upper[i]] = None;
        _lowerCount = _upperCount = 0;
    }

    public void Add(int slot, double value)
    {
        if (_heapOf[slot] != None) throw new InvalidOperationException($"slot {slot} is occupied");
        _value[slot] = value;
        if (_lowerCount == 0 || value <= _value[_lower[0]]) Push(Lower, slot);
        else Push(Upper, slot);
        Rebalance();
    }

    /// <summary>Removes the element in <paramref name="slot"/>; does nothing when the slot is empty.</summary>
    public void Remove(int slot)
    {
        var heap = _heapOf[slot];
        if (heap == None) return;
        var items = heap == Lower ? _lower : _upper;
        ref var count = ref heap == Lower ? ref _lowerCount : ref _upperCount;
        var position = _positionOf[slot];
        count--;
        _heapOf[slot] = None;
        if (position != count)
        {
            var moved = items[count];
            Place(heap, moved, position);
            SiftUp(heap, position);
            SiftDown(heap, _positionOf[moved]);
        }

        Rebalance();
    }

    private void Rebalance()
    {
        if (_lowerCount > _upperCount + 1) Push(Upper, Pop(Lower));
        else if (_upperCount > _lowerCount) Push(Lower, Pop(Upper));
    }

    private void Push(int heap, int slot)
    {
        ref var count = ref heap == Lower ? ref _lowerCount : ref _upperCount;
        _heapOf[slot] = heap;
        Place(heap, slot, count);
        count++;
        SiftUp(heap, count - 1);
    }

    private int Pop(int heap)
    {
        var items = heap == Lower ? _lower : _upper;
        ref var count = ref heap == Lower ? ref _lowerCount : ref _upperCount;
        var top = items[0];
        count--;
        _heapOf[top] = None;
        if (count > 0)
        {
            Place(heap, items[count], 0);
            SiftDown(heap, 0);
        }

        return top;
    }

    private void Place(int heap, int slot, int position)
    {
        (heap == Lower ? _lower : _upper)[position] = slot;
        _positionOf[slot] = position;
    }

    /// <summary>True when <paramref name="a"/> belongs above <paramref name="b"/> in the heap.</summary>
    private bool Before(int heap, int a, int b) => heap == Lower ? _value[a] > _value[b] : _value[a] < _value[b];

    private void SiftUp(int heap, int position)
    {
        var items = heap == Lower ? _lower : _upper;
        while (position > 0)
        {
            var parent = (position - 1) / 2;
            if (!Before(heap, items[position], items[parent])) break;
            Swap(heap, position, parent);
            position = parent;
        }
    }

    private void SiftDown(int heap, int position)
    {
        var items = heap == Lower ? _lower : _upper;
        var count = heap == Lower ? _lowerCount : _upperCount;
        while (true)
        {
            var best = position;
            var left = (2 * position) + 1;
            var right = left + 1;
            if (left < count && Before(heap, items[left], items[best])) best = left;
            if (right < count && Before(heap, items[right], items[best])) best = right;
            if (best == position) return;
            Swap(heap, position, best);
            position = best;
        }
    }

    private void Swap(int heap, int a, int b)
    {
        var items = heap == Lower ? _lower : _upper;
        var slotA = items[a];
        Place(heap, items[b], a);
        Place(heap, slotA, b);
    }
}
