namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>sport</c> message (12).</summary>
public readonly struct FitSport(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Sport);

    public int? Sport => (int?)Message.GetRaw(0);

    public int? SubSport => (int?)Message.GetRaw(1);

    public string? Name => Message.GetString(3);
}
