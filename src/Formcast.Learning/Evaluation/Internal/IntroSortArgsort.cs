namespace Formcast.Learning.Evaluation.Internal;

/// <summary>
/// Argsort with NumPy's default (<c>kind="quicksort"</c>) tie order: an introsort (median-of-three quicksort,
/// insertion sort below 16 elements, heapsort when the depth budget 2·⌊log2 n⌋ runs out), as specified by
/// NumPy 1.24 <c>npysort/quicksort.cpp</c> and <c>npysort_heapsort.h</c>. The sort is not stable; reproducing its
/// order is what lets group k-fold assign tied group sizes to the same folds as scikit-learn's GroupKFold.
/// </summary>
internal static class IntroSortArgsort
{
    private const int SmallPartition = 15;

    /// <summary>Indices that sort <paramref name="values"/> ascending, ties ordered as NumPy orders them.</summary>
    public static int[] Argsort(ReadOnlySpan<long> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        if (order.Length < 2) return order;

        var stack = new Stack<(int Low, int High, int Depth)>();
        var low = 0;
        var high = order.Length - 1;
        var depth = 2 * MostSignificantBit(order.Length);
        while (true)
        {
            if (depth < 0)
            {
                HeapSort(values, order.AsSpan(low, high - low + 1));
            }
            else
            {
                while (high - low > SmallPartition)
                {
                    var pivotPosition = Partition(values, order, low, high);
                    if (pivotPosition - low < high - pivotPosition)
                    {
                        stack.Push((pivotPosition + 1, high, --depth));
                        high = pivotPosition - 1;
                    }
                    else
                    {
                        stack.Push((low, pivotPosition - 1, --depth));
                        low = pivotPosition + 1;
                    }
                }

                InsertionSort(values, order, low, high);
            }

            if (stack.Count == 0) break;
            (low, high, depth) = stack.Pop();
        }

        return order;
    }

    private static int Partition(ReadOnlySpan<long> v, int[] order, int low, int high)
    {
        var middle = low + ((high - low) >> 1);
        if (v[order[middle]] < v[order[low]]) Swap(order, middle, low);
        if (v[order[high]] < v[order[middle]]) Swap(order, high, middle);
        if (v[order[middle]] < v[order[low]]) Swap(order, middle, low);
        var pivot = v[order[middle]];
        var i = low;
        var j = high - 1;
        Swap(order, middle, j);
        while (true)
        {
            do i++;
            while (v[order[i]] < pivot);
            do j--;
            while (pivot < v[order[j]]);
            if (i >= j) break;
            Swap(order, i, j);
        }

        Swap(order, i, high - 1);
        return i;
    }

    private static void InsertionSort(ReadOnlySpan<long> v, int[] order, int low, int high)
    {
        for (var i = low + 1; i <= high; i++)
        {
            var item = order[i];
            var key = v[item];
            var j = i;
            while (j > low && key < v[order[j - 1]])
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = item;
        }
    }

    /// <summary>Heapsort on a 1-based view of <paramref name="part"/>, sifting as NumPy's aheapsort does.</summary>
    private static void HeapSort(ReadOnlySpan<long> v, Span<int> part)
    {
        var n = part.Length;
        for (var l = n >> 1; l > 0; l--) SiftDown(v, part, l, n, part[l - 1]);
        while (n > 1)
        {
            var item = part[n - 1];
            part[n - 1] = part[0];
            n--;
            SiftDown(v, part, 1, n, item);
        }
    }

    private static void SiftDown(ReadOnlySpan<long> v, Span<int> a, int start, int n, int item)
    {
        int i = start, j = start << 1;
        while (j <= n)
        {
            if (j < n && v[a[j - 1]] < v[a[j]]) j++;
            if (v[item] < v[a[j - 1]])
            {
                a[i - 1] = a[j - 1];
                i = j;
                j += j;
            }
            else
            {
                break;
            }
        }

        a[i - 1] = item;
    }

    private static void Swap(int[] order, int a, int b) => (order[a], order[b]) = (order[b], order[a]);

    private static int MostSignificantBit(int n)
    {
        var depth = 0;
        while ((n >>= 1) != 0) depth++;
        return depth;
    }
}
