namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>file_id</c> message (0): what kind of file, who made it.</summary>
public readonly struct FitFileId(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.FileId);

    /// <summary>File type (4 = activity, 5 = workout, 2 = settings, ...; FIT profile <c>file</c>).</summary>
    public int? Type => (int?)Message.GetRaw(0);

    public int? Manufacturer => (int?)Message.GetRaw(1);

    public int? Product => (int?)Message.GetRaw(2);

    public uint? SerialNumber => (uint?)Message.GetRaw(3);

    public DateTimeOffset? TimeCreated => FitMessageNumbers.Time(Message.GetRaw(4));

    public int? Number => (int?)Message.GetRaw(5);

    public string? ProductName => Message.GetString(8);
}
