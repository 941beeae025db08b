namespace Formcast.Formats.Fit;

/// <summary>Typed view of an <c>hrv</c> message (78): beat-to-beat (RR) intervals, 0xFFFF elements being padding.</summary>
public readonly struct FitHrv(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.Hrv);

    /// <summary>The valid RR intervals in milliseconds (field <c>time</c>: uint16, scale 1000, seconds).</summary>
    public double[] IntervalsMs()
    {
        if (Message.Field(0) is not { } field || field.BaseType == FitBaseType.String) return [];
        var result = new List<double>(field.Count);
        for (var i = 0; i < field.Count; i++)
        {
            if (field.IsValid(i)) result.Add(field.GetRawDouble(i));
        }

        return [.. result];
    }
}
