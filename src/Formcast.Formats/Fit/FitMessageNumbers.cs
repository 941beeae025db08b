namespace Formcast.Formats.Fit;

/// <summary>Global message numbers of the FIT profile 21.205 (FIT-FACTS §12).</summary>
public static class FitMessageNumbers
{
    public const ushort FileId = 0;
    public const ushort UserProfile = 3;
    public const ushort Sport = 12;
    public const ushort Session = 18;
    public const ushort Lap = 19;
    public const ushort Record = 20;
    public const ushort Event = 21;
    public const ushort DeviceInfo = 23;
    public const ushort Workout = 26;
    public const ushort WorkoutStep = 27;
    public const ushort Activity = 34;
    public const ushort FileCreator = 49;
    public const ushort Monitoring = 55;
    public const ushort Hrv = 78;
    public const ushort Pad = 105;
    public const ushort Hr = 132;
    public const ushort FieldDescription = 206;
    public const ushort DeveloperDataId = 207;

    internal static FitMessage Require(FitMessage message, ushort expected)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.GlobalNumber != expected)
            throw new ArgumentException($"expected a message with global number {expected}, got {message.Name} ({message.GlobalNumber})", nameof(message));
        return message;
    }

    /// <summary>Degrees from semicircles: deg = sc × 180 / 2³¹ (FIT-FACTS §6).</summary>
    internal static double? Degrees(long? semicircles) => semicircles is { } sc ? sc * (180.0 / 2147483648.0) : null;

    internal static DateTimeOffset? Time(long? fitSeconds) => fitSeconds is { } t ? FitTime.ToDateTime((uint)t) : null;
}
