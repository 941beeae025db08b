namespace Formcast.Learning.Clustering.Internal;

/// <summary>
/// Flat clusters from a dendrogram, numbered as scikit-learn's <c>_hc_cut</c> numbers them: undo the last k − 1
/// merges by repeatedly replacing the highest-id cluster with its two children in a binary min-heap of negated ids,
/// then number the k clusters in the heap's array order. The heap operations reproduce Python's <c>heapq</c>
/// (<c>heappush</c> with sift-down, <c>heappushpop</c> with its bottom-up sift-up), so the numbering agrees.
/// </summary>
internal static class DendrogramCut
{
    public static int[] Labels(IReadOnlyList<DendrogramMerge> merges, int leaves, int clusters)
    {
        if (leaves == 1) return [0];
        var heap = new List<int> { -(Math.Max(merges[^1].Left, merges[^1].Right) + 1) };
        for (var step = 0; step < clusters - 1; step++)
        {
            var merge = merges[-heap[0] - leaves];
            Push(heap, -merge.Left);
            PushPop(heap, -merge.Right);
        }

        var labels = new int[leaves];
        var stack = new Stack<int>();
        for (var label = 0; label < heap.Count; label++)
        {
            stack.Push(-heap[label]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node < leaves)
                {
                    labels[node] = label;
                    continue;
                }

                stack.Push(merges[node - leaves].Left);
                stack.Push(merges[node - leaves].Right);
            }
        }

        return labels;
    }

    private static void Push(List<int> heap, int item)
    {
        heap.Add(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    private static void PushPop(List<int> heap, int item)
    {
        if (heap.Count > 0 && heap[0] < item)
        {
            heap[0] = item;
            SiftUp(heap, 0);
        }
    }

    private static void SiftDown(List<int> heap, int start, int position)
    {
        var item = heap[position];
        while (position > start)
        {
            var parent = (position - 1) >> 1;
            if (item < heap[parent])
            {
                heap[position] = heap[parent];
                position = parent;
                continue;
            }

            break;
        }

        heap[position] = item;
    }

    private static void SiftUp(List<int> heap, int position)
    {
        var end = heap.Count;
        var start = position;
        var item = heap[position];
        var child = (2 * position) + 1;
        while (child < end)
        {
            var right = child + 1;
            if (right < end && !(heap[child] < heap[right])) child = right;
            heap[position] = heap[child];
            position = child;
            child = (2 * position) + 1;
        }

        heap[position] = item;
        SiftDown(heap, start, position);
    }
}
