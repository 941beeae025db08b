using System.Buffers;
using System.Numerics.Tensors;

namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Training rows copied into one contiguous block (in solver order) with their squared norms, and the computation of
/// kernel rows K(x_row, x_t) for a run of t, optionally signed by y_row·y_t. A row long enough to pay for the
/// scheduling is split across threads; every entry is computed the same way whatever the split, so results do not
/// depend on the thread count.
/// </summary>
internal sealed class KernelRows
{
    /// <summary>Multiply-adds per row below which one thread fills it: a row of 64 000 takes some 20–40 µs, several
    /// times the cost of handing blocks to the thread pool.</summary>
    private const long ParallelWork = 64_000;

    private readonly KernelFunction _kernel;
    private readonly int _features;
    private readonly double[] _x;
    private readonly double[] _squares;
    private readonly double[]? _signs;
    private readonly ParallelOptions _parallel;

    public KernelRows(Matrix features, ReadOnlySpan<int> rows, ReadOnlySpan<sbyte> signs, KernelFunction kernel, ParallelOptions parallel)
    {
        _kernel = kernel;
        _features = features.Columns;
        _parallel = parallel;
        var l = rows.Length;
        _x = new double[checked(l * _features)];
        _squares = new double[l];
        _signs = signs.IsEmpty ? null : new double[l];
        SelfKernel = new double[l];
        for (var i = 0; i < l; i++)
        {
            var source = features.Row(rows[i]);
            source.CopyTo(_x.AsSpan(i * _features, _features));
            _squares[i] = KernelFunction.Dot(source, source);
            if (_signs is not null) _signs[i] = signs[i];
            SelfKernel[i] = kernel.Evaluate(source, source);
        }
    }

    /// <summary>K(xᵢ, xᵢ) per row, in the current order.</summary>
    public double[] SelfKernel { get; }

    /// <summary>Writes K(x_row, x_t) (times y_row·y_t when signs were given) for t in [start, end).</summary>
    public void Fill(int row, int start, int end, Span<float> destination)
    {
        var count = end - start;
        if (count <= 0) return;
        if ((long)count * _features < ParallelWork || _parallel.MaxDegreeOfParallelism == 1)
        {
            FillRange(row, start, end, destination);
            return;
        }

        var blocks = Math.Max(2, Math.Min(Environment.ProcessorCount * 4, (int)((long)count * _features / (ParallelWork / 4))));
        var scratch = ArrayPool<float>.Shared.Rent(count);
        Parallel.For(0, blocks, _parallel, b =>
        {
            var from = start + (int)((long)count * b / blocks);
            var to = start + (int)((long)count * (b + 1) / blocks);
            FillRange(row, from, to, scratch.AsSpan(from - start, to - from));
        });
        scratch.AsSpan(0, count).CopyTo(destination);
        ArrayPool<float>.Shared.Return(scratch);
    }

    /// <summary>Exchanges rows <paramref name="i"/> and <paramref name="j"/>.</summary>
    public void Swap(int i, int j)
    {
        var a = _x.AsSpan(i * _features, _features);
        var b = _x.AsSpan(j * _features, _features);
        for (var k = 0; k < _features; k++) (a[k], b[k]) = (b[k], a[k]);
        (_squares[i], _squares[j]) = (_squares[j], _squares[i]);
        if (_signs is not null) (_signs[i], _signs[j]) = (_signs[j], _signs[i]);
        (SelfKernel[i], SelfKernel[j]) = (SelfKernel[j], SelfKernel[i]);
    }

    private void FillRange(int row, int start, int end, Span<float> destination)
    {
        var count = end - start;
        var values = ArrayPool<double>.Shared.Rent(count);
        var v = values.AsSpan(0, count);
        var x = _x.AsSpan(row * _features, _features);
        for (var t = 0; t < count; t++) v[t] = TensorPrimitives.Dot(x, _x.AsSpan((start + t) * _features, _features));
        _kernel.FromDotProducts(v, _squares[row], _squares.AsSpan(start, count));
        if (_signs is not null)
        {
            TensorPrimitives.Multiply(v, _signs.AsSpan(start, count), v);
            if (_signs[row] < 0) TensorPrimitives.Negate(v, v);
        }

        TensorPrimitives.ConvertTruncating<double, float>(v, destination);
        ArrayPool<double>.Shared.Return(values);
    }
}
