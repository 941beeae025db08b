namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>user_profile</c> message (3).</summary>
public readonly struct FitUserProfile(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.UserProfile);

    public string? FriendlyName => Message.GetString(0);

    /// <summary>0 = female, 1 = male (FIT profile <c>gender</c>).</summary>
    public int? Gender => (int?)Message.GetRaw(1);

    public int? AgeYears => (int?)Message.GetRaw(2);

    public double? HeightMeters => Message.GetValue(3);

    public double? WeightKilograms => Message.GetValue(4);

    public double? RestingHeartRateBpm => Message.GetValue(8);

    public double? MaxHeartRateBpm => Message.GetValue(11);
}
