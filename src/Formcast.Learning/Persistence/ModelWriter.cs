using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Formcast.Learning;

/// <summary>Writes a model's payload: little-endian scalars and length-prefixed arrays and strings.</summary>
public sealed class ModelWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void WriteBool(bool value) => _buffer.Write([value ? (byte)1 : (byte)0]);

    public void WriteInt32(int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        _buffer.Write(b);
    }

    public void WriteInt64(long value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(b, value);
        _buffer.Write(b);
    }

    public void WriteDouble(double value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        _buffer.Write(b);
    }

    public void WriteSingle(float value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(b, value);
        _buffer.Write(b);
    }

    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt32(bytes.Length);
        _buffer.Write(bytes);
    }

    public void WriteDoubles(ReadOnlySpan<double> values)
    {
        WriteInt32(values.Length);
        foreach (var v in values) WriteDouble(v);
    }

    public void WriteSingles(ReadOnlySpan<float> values)
    {
        WriteInt32(values.Length);
        foreach (var v in values) WriteSingle(v);
    }

    public void WriteInt32s(ReadOnlySpan<int> values)
    {
        WriteInt32(values.Length);
        foreach (var v in values) WriteInt32(v);
    }

    public void WriteStrings(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        WriteInt32(values.Count);
        foreach (var v in values) WriteString(v);
    }

    /// <summary>Writes a nested model (e.g. a base model inside a stack) with its kind and own payload.</summary>
    public void WriteModel(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        WriteString(model.Kind);
        var nested = new ModelWriter();
        model.WritePayload(nested);
        var bytes = nested.ToArray();
        WriteInt32(bytes.Length);
        _buffer.Write(bytes);
    }

    internal byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
