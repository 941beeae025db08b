namespace Formcast.Learning.Clustering.Internal;

/// <summary>
/// The nearest-neighbour-chain algorithm for reducible linkages (Murtagh 1983; Müllner 2011, §3.2, Figure 4): grow
/// a chain of nearest neighbours from any cluster until two clusters are each other's nearest neighbours, merge them,
/// and continue from the rest of the chain. O(n²) time on a condensed distance matrix. A cluster's nearest neighbour
/// is searched in index order with a strict comparison, the chain's previous element preferred on ties; merges are
/// then sorted stably by height and renumbered with a union–find, which is how SciPy's <c>linkage</c> (and so
/// scikit-learn's <c>AgglomerativeClustering</c>) numbers the dendrogram.
/// </summary>
internal static class NearestNeighbourChain
{
    public static DendrogramMerge[] Run(double[] distances, int n, Linkage linkage)
    {
        var size = new int[n];
        Array.Fill(size, 1);
        var chain = new int[n];
        var chainLength = 0;
        var raw = new (int X, int Y, double Height, int Size)[n - 1];
        for (var step = 0; step < n - 1; step++)
        {
            if (chainLength == 0)
            {
                for (var i = 0; i < n; i++)
                {
                    if (size[i] == 0) continue;
                    chain[0] = i;
                    chainLength = 1;
                    break;
                }
            }

            int x, y;
            double minimum;
            while (true)
            {
                x = chain[chainLength - 1];
                if (chainLength > 1)
                {
                    y = chain[chainLength - 2];
                    minimum = distances[Condensed(n, x, y)];
                }
                else
                {
                    y = -1;
                    minimum = double.PositiveInfinity;
                }

                // Entries (i, x) for i < x sit in column x of the condensed triangle (stride n − i − 2 between
                // rows); entries (x, i) for i > x are contiguous.
                var index = x - 1;
                for (var i = 0; i < x; i++)
                {
                    if (size[i] != 0 && distances[index] < minimum)
                    {
                        minimum = distances[index];
                        y = i;
                    }

                    index += n - i - 2;
                }

                var rowStart = x + 1 < n ? Condensed(n, x, x + 1) : 0;
                for (var i = x + 1; i < n; i++)
                {
                    var d = distances[rowStart + (i - x - 1)];
                    if (size[i] != 0 && d < minimum)
                    {
                        minimum = d;
                        y = i;
                    }
                }

                if (chainLength > 1 && y == chain[chainLength - 2]) break;
                chain[chainLength++] = y;
            }

            chainLength -= 2;
            if (x > y) (x, y) = (y, x);
            var nx = size[x];
            var ny = size[y];
            raw[step] = (x, y, minimum, nx + ny);
            size[x] = 0;
            size[y] = nx + ny;
            // Walk columns x and y of the condensed triangle with running indices (see the search above).
            var columnX = x - 1;
            var columnY = y - 1;
            var rowX = x + 1 < n ? Condensed(n, x, x + 1) - x - 1 : 0;
            var rowY = y + 1 < n ? Condensed(n, y, y + 1) - y - 1 : 0;
            for (var i = 0; i < n; i++)
            {
                var ni = size[i];
                if (ni != 0 && i != y)
                {
                    var ix = i < x ? columnX : rowX + i;
                    var iy = i < y ? columnY : rowY + i;
                    distances[iy] = Update(linkage, distances[ix], distances[iy], minimum, nx, ny, ni);
                }

                if (i < x) columnX += n - i - 2;
                if (i < y) columnY += n - i - 2;
            }
        }

        var order = Enumerable.Range(0, n - 1).OrderBy(s => raw[s].Height).ToArray();
        return Relabel(raw, order, n);
    }

    /// <summary>Lance–Williams update of the distance from cluster i to the union of x and y.</summary>
    private static double Update(Linkage linkage, double dxi, double dyi, double dxy, int nx, int ny, int ni)
    {
        switch (linkage)
        {
            case Linkage.Complete:
                return Math.Max(dxi, dyi);
            case Linkage.Average:
                return ((nx * dxi) + (ny * dyi)) / (nx + ny);
            default:
                var t = 1.0 / (nx + ny + ni);
                return Math.Sqrt(((ni + nx) * t * dxi * dxi) + ((ni + ny) * t * dyi * dyi) - (ni * t * dxy * dxy));
        }
    }

    /// <summary>Turns slot numbers into cluster ids (leaves 0…n−1, merge i makes n + i), smaller id first.</summary>
    private static DendrogramMerge[] Relabel((int X, int Y, double Height, int Size)[] raw, int[] order, int n)
    {
        var parent = new int[(2 * n) - 1];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        var merges = new DendrogramMerge[n - 1];
        for (var k = 0; k < order.Length; k++)
        {
            var (x, y, height, size) = raw[order[k]];
            var rx = Find(parent, x);
            var ry = Find(parent, y);
            var id = n + k;
            parent[rx] = id;
            parent[ry] = id;
            merges[k] = new DendrogramMerge(Math.Min(rx, ry), Math.Max(rx, ry), height, size);
        }

        return merges;
    }

    private static int Find(int[] parent, int x)
    {
        var root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root)
        {
            var next = parent[x];
            parent[x] = root;
            x = next;
        }

        return root;
    }

    /// <summary>Index of the pair (i, j), i ≠ j, in a row-major condensed upper triangle (SciPy's layout).</summary>
    public static int Condensed(int n, int i, int j)
    {
        if (i > j) (i, j) = (j, i);
        return (int)((long)n * i - ((long)i * (i + 1) / 2) + j - i - 1);
    }
}
