using Formcast.Formats.Fit;

namespace Formcast.Formats.Tests.Fit;

/// <summary>Small FIT files built in the tests with <see cref="FitWriter"/>, so unit tests need no corpus.</summary>
internal static class FitTestFiles
{
    public const uint Time0 = 1_000_000_000; // 2021-09-08T01:46:40Z

    public static FitMessageData FileId(int type = 4) => new()
    {
        GlobalNumber = FitMessageNumbers.FileId,
        Fields =
        [
            FitFieldData.Integer(0, FitBaseType.Enum, type),
            FitFieldData.Integer(1, FitBaseType.UInt16, 1),
            FitFieldData.Integer(4, FitBaseType.UInt32, Time0),
        ],
    };

    public static FitMessageData Message(ushort global, params FitFieldData[] fields) => new() { GlobalNumber = global, Fields = fields };

    public static FitMessageData Record(uint time, params FitFieldData[] fields) =>
        Message(FitMessageNumbers.Record, [FitFieldData.Integer(253, FitBaseType.UInt32, time), .. fields]);

    public static byte[] Build(FitWriterOptions? options, params FitMessageData[] messages)
    {
        var writer = new FitWriter(options);
        foreach (var message in messages) writer.Write(message);
        return writer.ToArray();
    }

    public static byte[] Build(params FitMessageData[] messages) => Build(null, messages);

    public static FitFile Decode(byte[] bytes, FitDecodeOptions? options = null)
    {
        var result = FitDecoder.Decode(bytes, options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
