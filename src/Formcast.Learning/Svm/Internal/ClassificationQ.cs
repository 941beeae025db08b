namespace Formcast.Learning.Svm.Internal;

/// <summary>Q[i, j] = yᵢ·yⱼ·K(xᵢ, xⱼ) for C-SVC (Chang &amp; Lin 2011, §2.1), cached by row prefix.</summary>
internal sealed class ClassificationQ : IQMatrix
{
    private readonly KernelRows _rows;
    private readonly KernelRowCache _cache;

    public ClassificationQ(Matrix features, ReadOnlySpan<int> rows, ReadOnlySpan<sbyte> y, KernelFunction kernel, long cacheBytes, ParallelOptions parallel)
    {
        _rows = new KernelRows(features, rows, y, kernel, parallel);
        _cache = new KernelRowCache(rows.Length, cacheBytes, _rows.Fill);
    }

    public double[] Diagonal => _rows.SelfKernel;

    public ReadOnlySpan<float> Row(int i, int length) => _cache.Get(i, length);

    public void Swap(int i, int j)
    {
        _cache.Swap(i, j);
        _rows.Swap(i, j);
    }
}
