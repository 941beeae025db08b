namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>file_creator</c> message (49).</summary>
public readonly struct FitFileCreator(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.FileCreator);

    public int? SoftwareVersion => (int?)Message.GetRaw(0);

    public int? HardwareVersion => (int?)Message.GetRaw(1);
}
