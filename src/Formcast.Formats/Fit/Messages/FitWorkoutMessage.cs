namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>workout</c> message (26).</summary>
public readonly struct FitWorkoutMessage(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Workout);

    public int? Sport => (int?)Message.GetRaw(4);

    public int? SubSport => (int?)Message.GetRaw(11);

    public int? NumberOfValidSteps => (int?)Message.GetRaw(6);

    public string? Name => Message.GetString(8);
}
