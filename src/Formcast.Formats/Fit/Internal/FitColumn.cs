using System.Buffers;

namespace Formcast.Formats.Fit.Internal;

/// <summary>A growable column of doubles on a pooled buffer; <see cref="Dispose"/> returns the buffer.</summary>
internal sealed class FitColumn : IDisposable
{
    private double[] _buffer;

    public FitColumn(int capacity, int backfill = 0)
    {
        _buffer = ArrayPool<double>.Shared.Rent(Math.Max(capacity, Math.Max(backfill, 64)));
        _buffer.AsSpan(0, backfill).Fill(double.NaN);
        Count = backfill;
    }

    public int Count { get; private set; }

    /// <summary>True once a non-NaN value was added.</summary>
    public bool HasValues { get; private set; }

    public ReadOnlySpan<double> Values => _buffer.AsSpan(0, Count);

    public Span<double> WritableValues => _buffer.AsSpan(0, Count);

    public void Add(double value)
    {
        if (Count == _buffer.Length) Grow();
        _buffer[Count++] = value;
        if (!double.IsNaN(value)) HasValues = true;
    }

    /// <summary>Reorders the column by <paramref name="order"/> (new position i takes old position order[i]).</summary>
    public void Permute(ReadOnlySpan<int> order)
    {
        var copy = ArrayPool<double>.Shared.Rent(Count);
        try
        {
            for (var i = 0; i < Count; i++) copy[i] = _buffer[order[i]];
            copy.AsSpan(0, Count).CopyTo(_buffer);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Count = 0;
        if (buffer.Length > 0) ArrayPool<double>.Shared.Return(buffer);
    }

    private void Grow()
    {
        var larger = ArrayPool<double>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<double>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
