namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>developer_data_id</c> message (207): registers a developer data index for an application.</summary>
public readonly struct FitDeveloperDataId(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.DeveloperDataId);

    public byte? DeveloperDataIndex => (byte?)Message.GetRaw(3);

    /// <summary>The application's 16-byte id, when given (some devices omit it).</summary>
    public byte[]? ApplicationId
    {
        get
        {
            if (Message.Field(1) is not { HasValue: true } idField || idField.BaseType == FitBaseType.String) return null;
            var bytes = new byte[idField.Count];
            for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)idField.GetRaw(i);
            return bytes;
        }
    }

    public int? ManufacturerId => (int?)Message.GetRaw(2);

    public uint? ApplicationVersion => (uint?)Message.GetRaw(4);
}
