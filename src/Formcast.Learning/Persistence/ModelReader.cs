using System.Buffers.Binary;
using System.Text;

namespace Formcast.Learning;

/// <summary>
/// Reads a model payload with one bounds check per read. Every read names the field it is for, so a damaged file
/// fails with "field 'tree.threshold' at byte 1234: …" instead of an index error deep inside a model.
/// </summary>
public sealed class ModelReader
{
    /// <summary>Upper bound on any array or string length, so a damaged length cannot allocate gigabytes.</summary>
    public const int MaxLength = 200_000_000;

    private readonly byte[] _data;
    private readonly long _baseOffset;
    private int _position;

    internal ModelReader(byte[] data, long baseOffset)
    {
        _data = data;
        _baseOffset = baseOffset;
    }

    /// <summary>Format version of the model kind being read.</summary>
    public int KindVersion { get; internal init; }

    public bool ReadBool(string field)
    {
        var b = Take(1, field)[0];
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw Error(field, $"boolean byte is {b}"),
        };
    }

    public int ReadInt32(string field) => BinaryPrimitives.ReadInt32LittleEndian(Take(4, field));

    public long ReadInt64(string field) => BinaryPrimitives.ReadInt64LittleEndian(Take(8, field));

    public int ReadInt32(string field, int min, int max)
    {
        var offset = _position;
        var v = ReadInt32(field);
        if (v < min || v > max) throw new ModelFormatException(field, _baseOffset + offset, $"value {v} is outside {min}–{max}");
        return v;
    }

    /// <summary>Reads a double that may be NaN or infinite (e.g. a "missing" marker).</summary>
    public double ReadDouble(string field) => BinaryPrimitives.ReadDoubleLittleEndian(Take(8, field));

    public double ReadFiniteDouble(string field)
    {
        var offset = _position;
        var v = ReadDouble(field);
        if (!double.IsFinite(v)) throw new ModelFormatException(field, _baseOffset + offset, $"value {v} is not finite");
        return v;
    }

    public float ReadSingle(string field) => BinaryPrimitives.ReadSingleLittleEndian(Take(4, field));

    public string ReadString(string field)
    {
        var length = ReadLength(field);
        return Encoding.UTF8.GetString(Take(length, field));
    }

    /// <summary>Reads a length-prefixed array; with <paramref name="expectedLength"/> ≥ 0 the length must match.</summary>
    public double[] ReadDoubles(string field, int expectedLength = -1, bool requireFinite = true)
    {
        var offset = _position;
        var length = ReadLength(field);
        if (expectedLength >= 0 && length != expectedLength)
            throw new ModelFormatException(field, _baseOffset + offset, $"array has {length} values, expected {expectedLength}");
        var bytes = Take(checked(length * 8), field);
        var result = new double[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice(i * 8, 8));
            if (requireFinite && !double.IsFinite(result[i]))
                throw new ModelFormatException(field, _baseOffset + offset + 4 + (i * 8), $"element {i} is {result[i]}, not finite");
        }

        return result;
    }

    public float[] ReadSingles(string field, int expectedLength = -1)
    {
        var offset = _position;
        var length = ReadLength(field);
        if (expectedLength >= 0 && length != expectedLength)
            throw new ModelFormatException(field, _baseOffset + offset, $"array has {length} values, expected {expectedLength}");
        var bytes = Take(checked(length * 4), field);
        var result = new float[length];
        for (var i = 0; i < length; i++) result[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * 4, 4));
        return result;
    }

    /// <summary>Reads a length-prefixed int array whose elements must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int[] ReadInt32s(string field, int min = int.MinValue, int max = int.MaxValue, int expectedLength = -1)
    {
        var offset = _position;
        var length = ReadLength(field);
        if (expectedLength >= 0 && length != expectedLength)
            throw new ModelFormatException(field, _baseOffset + offset, $"array has {length} values, expected {expectedLength}");
        var bytes = Take(checked(length * 4), field);
        var result = new int[length];
        for (var i = 0; i < length; i++)
        {
            result[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(i * 4, 4));
            if (result[i] < min || result[i] > max)
                throw new ModelFormatException(field, _baseOffset + offset + 4 + (i * 4), $"element {i} is {result[i]}, outside {min}–{max}");
        }

        return result;
    }

    public string[] ReadStrings(string field)
    {
        var count = ReadLength(field);
        var result = new string[count];
        for (var i = 0; i < count; i++) result[i] = ReadString(field);
        return result;
    }

    /// <summary>Reads a nested model written by <see cref="ModelWriter.WriteModel"/>.</summary>
    public IModel ReadModel(string field)
    {
        var kind = ReadString(field + ".kind");
        var length = ReadLength(field + ".payload");
        var start = _position;
        var bytes = Take(length, field).ToArray();
        var nested = new ModelReader(bytes, _baseOffset + start) { KindVersion = KindVersion };
        var model = ModelRegistry.Read(kind, nested);
        nested.EnsureEnd(field);
        return model;
    }

    /// <summary>Fails when bytes remain unread: a payload longer than its model expects is damaged.</summary>
    public void EnsureEnd(string what = "payload")
    {
        if (_position != _data.Length)
            throw new ModelFormatException(what, _baseOffset + _position, $"{_data.Length - _position} unexpected trailing bytes");
    }

    /// <summary>Builds the exception for an invalid value found by a model's own checks.</summary>
    public ModelFormatException Error(string field, string problem) => new(field, _baseOffset + _position, problem);

    private int ReadLength(string field)
    {
        var offset = _position;
        var length = ReadInt32(field + ".length");
        if (length < 0 || length > MaxLength) throw new ModelFormatException(field, _baseOffset + offset, $"length {length} is outside 0–{MaxLength}");
        return length;
    }

    private ReadOnlySpan<byte> Take(int count, string field)
    {
        if (count < 0 || _data.Length - _position < count)
            throw new ModelFormatException(field, _baseOffset + _position, $"needs {count} bytes, {_data.Length - _position} remain");
        var span = _data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
