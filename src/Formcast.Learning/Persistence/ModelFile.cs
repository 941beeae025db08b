using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Formcast.Learning;

/// <summary>
/// Versioned model files. Layout (little-endian): the signature "FCMODEL\0", container version (uint16), model kind
/// (length-prefixed UTF-8), kind version (uint16), payload length (int32), payload, and a SHA-256 of everything
/// before it. Loading checks the signature, both versions, the checksum, and then the model's own field checks.
/// </summary>
public static class ModelFile
{
    public const ushort ContainerVersion = 1;

    private static readonly byte[] Signature = "FCMODEL\0"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> with format version <paramref name="kindVersion"/> of its kind.</summary>
    public static void Save(IModel model, Stream destination, ushort kindVersion = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(destination);
        var payloadWriter = new ModelWriter();
        model.WritePayload(payloadWriter);
        var payload = payloadWriter.ToArray();
        var kind = Encoding.UTF8.GetBytes(model.Kind);

        using var buffer = new MemoryStream();
        buffer.Write(Signature);
        Span<byte> scratch = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(scratch, ContainerVersion);
        buffer.Write(scratch[..2]);
        BinaryPrimitives.WriteInt32LittleEndian(scratch, kind.Length);
        buffer.Write(scratch);
        buffer.Write(kind);
        BinaryPrimitives.WriteUInt16LittleEndian(scratch, kindVersion);
        buffer.Write(scratch[..2]);
        BinaryPrimitives.WriteInt32LittleEndian(scratch, payload.Length);
        buffer.Write(scratch);
        buffer.Write(payload);
        var body = buffer.ToArray();
        destination.Write(body);
        destination.Write(SHA256.HashData(body));
    }

    public static void Save(IModel model, string path, ushort kindVersion = 1)
    {
        using var file = File.Create(path);
        Save(model, file, kindVersion);
    }

    /// <summary>Reads and validates a model file; throws <see cref="ModelFormatException"/> naming what is wrong.</summary>
    public static IModel Load(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        var all = copy.ToArray();
        const int hashLength = 32;
        if (all.Length < Signature.Length + 2 + 4 + 2 + 4 + hashLength)
            throw new ModelFormatException("file", 0, $"{all.Length} bytes is too short for a model file");
        if (!all.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new ModelFormatException("signature", 0, "not a Formcast model file");
        var body = all.AsSpan(0, all.Length - hashLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(all.AsSpan(all.Length - hashLength)))
            throw new ModelFormatException("checksum", all.Length - hashLength, "SHA-256 does not match: the file is damaged");

        var position = Signature.Length;
        var container = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(position, 2));
        if (container != ContainerVersion)
            throw new ModelFormatException("container-version", position, $"version {container} is not supported (expected {ContainerVersion})");
        position += 2;
        var kindLength = BinaryPrimitives.ReadInt32LittleEndian(body.Slice(position, 4));
        position += 4;
        if (kindLength is < 1 or > 256 || position + kindLength + 6 > body.Length)
            throw new ModelFormatException("kind", position - 4, $"kind length {kindLength} is invalid");
        var kind = Encoding.UTF8.GetString(body.Slice(position, kindLength));
        position += kindLength;
        var kindVersion = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(position, 2));
        position += 2;
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(body.Slice(position, 4));
        position += 4;
        if (payloadLength < 0 || position + payloadLength != body.Length)
            throw new ModelFormatException("payload", position - 4, $"payload length {payloadLength} does not match the file");

        var reader = new ModelReader(body.Slice(position, payloadLength).ToArray(), position) { KindVersion = kindVersion };
        var model = ModelRegistry.Read(kind, reader);
        reader.EnsureEnd();
        return model;
    }

    public static IModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    /// <summary>Registers the reader of a model kind defined in an assembly that depends on Formcast.Learning (so it
    /// cannot be listed in the built-in registry). Call it before loading such files; repeated calls are harmless.</summary>
    public static void RegisterKind(string kind, Func<ModelReader, IModel> read) => ModelRegistry.Register(kind, read);

    /// <summary>Round-trips <paramref name="model"/> through bytes (for tests and model registration).</summary>
    public static IModel RoundTrip(IModel model)
    {
        using var buffer = new MemoryStream();
        Save(model, buffer);
        buffer.Position = 0;
        return Load(buffer);
    }
}
