namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Q for ε-SVR over 2l variables (α then α*): Q[i, j] = sᵢ·sⱼ·K(x_{i mod l}, x_{j mod l}) with s = +1 for the first l
/// variables and −1 for the rest (Chang &amp; Lin 2011, §2.3). Kernel rows are cached once per training row, full
/// length, and expanded into one of two alternating buffers, so the two rows of a working pair stay valid together.
/// </summary>
internal sealed class RegressionQ : IQMatrix
{
    private readonly int _l;
    private readonly sbyte[] _sign;
    private readonly int[] _index;
    private readonly KernelRowCache _cache;
    private readonly float[][] _buffers;
    private readonly int[] _bufferRow = [-1, -1];
    private readonly int[] _bufferLength = [0, 0];
    private int _nextBuffer;

    public RegressionQ(Matrix features, ReadOnlySpan<int> rows, KernelFunction kernel, long cacheBytes, ParallelOptions parallel)
    {
        _l = rows.Length;
        var kernelRows = new KernelRows(features, rows, default, kernel, parallel);
        _sign = new sbyte[2 * _l];
        _index = new int[2 * _l];
        Diagonal = new double[2 * _l];
        for (var i = 0; i < _l; i++)
        {
            _sign[i] = 1;
            _sign[i + _l] = -1;
            _index[i] = i;
            _index[i + _l] = i;
            Diagonal[i] = kernelRows.SelfKernel[i];
            Diagonal[i + _l] = kernelRows.SelfKernel[i];
        }

        _cache = new KernelRowCache(_l, cacheBytes, kernelRows.Fill);
        _buffers = [new float[2 * _l], new float[2 * _l]];
    }

    public double[] Diagonal { get; }

    public ReadOnlySpan<float> Row(int i, int length)
    {
        // The solver asks for row i when selecting the pair and again when stepping; the expanded row is reused
        // (and the other buffer is the one overwritten next), saving a pass over 2l entries per iteration.
        for (var b = 0; b < 2; b++)
        {
            if (_bufferRow[b] != i || _bufferLength[b] < length) continue;
            _nextBuffer = 1 - b;
            return _buffers[b].AsSpan(0, length);
        }

        var kernelRow = _cache.Get(_index[i], _l);
        var target = _nextBuffer;
        var buffer = _buffers[target];
        _nextBuffer = 1 - target;
        var si = _sign[i];
        var output = buffer.AsSpan(0, length);
        ReadOnlySpan<sbyte> signs = _sign.AsSpan(0, length);
        ReadOnlySpan<int> index = _index.AsSpan(0, length);
        for (var j = 0; j < output.Length; j++) output[j] = si * signs[j] * kernelRow[index[j]];
        _bufferRow[target] = i;
        _bufferLength[target] = length;
        return buffer.AsSpan(0, length);
    }

    public void Swap(int i, int j)
    {
        _bufferRow[0] = _bufferRow[1] = -1;
        (_sign[i], _sign[j]) = (_sign[j], _sign[i]);
        (_index[i], _index[j]) = (_index[j], _index[i]);
        (Diagonal[i], Diagonal[j]) = (Diagonal[j], Diagonal[i]);
    }
}
