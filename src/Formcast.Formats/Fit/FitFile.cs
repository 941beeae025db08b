namespace Formcast.Formats.Fit;

/// <summary>
/// A decoded FIT input: its chained files (segments) and all data messages in file order, with typed views of the
/// common messages. Produced by <see cref="FitDecoder.Decode"/>.
/// </summary>
public sealed class FitFile
{
    internal FitFile(IReadOnlyList<FitFileSegment> segments, IReadOnlyList<FitMessage> messages)
    {
        Segments = segments;
        Messages = messages;
    }

    /// <summary>The chained files, in order (most inputs hold one).</summary>
    public IReadOnlyList<FitFileSegment> Segments { get; }

    /// <summary>Every data message, in file order.</summary>
    public IReadOnlyList<FitMessage> Messages { get; }

    /// <summary>Messages with global number <paramref name="globalNumber"/>, in file order.</summary>
    public IEnumerable<FitMessage> MessagesOf(ushort globalNumber) => Messages.Where(m => m.GlobalNumber == globalNumber);

    /// <summary>The first file_id message, if any.</summary>
    public FitFileId? FileId => MessagesOf(FitMessageNumbers.FileId).Select(m => (FitFileId?)new FitFileId(m)).FirstOrDefault();

    public IEnumerable<FitFileCreator> FileCreators => MessagesOf(FitMessageNumbers.FileCreator).Select(m => new FitFileCreator(m));

    public IEnumerable<FitDeviceInfo> DeviceInfos => MessagesOf(FitMessageNumbers.DeviceInfo).Select(m => new FitDeviceInfo(m));

    public IEnumerable<FitEvent> Events => MessagesOf(FitMessageNumbers.Event).Select(m => new FitEvent(m));

    public IEnumerable<FitRecord> Records => MessagesOf(FitMessageNumbers.Record).Select(m => new FitRecord(m));

    public IEnumerable<FitLap> Laps => MessagesOf(FitMessageNumbers.Lap).Select(m => new FitLap(m));

    public IEnumerable<FitSession> Sessions => MessagesOf(FitMessageNumbers.Session).Select(m => new FitSession(m));

    public IEnumerable<FitActivity> Activities => MessagesOf(FitMessageNumbers.Activity).Select(m => new FitActivity(m));

    public IEnumerable<FitHrv> Hrvs => MessagesOf(FitMessageNumbers.Hrv).Select(m => new FitHrv(m));

    public IEnumerable<FitHr> Hrs => MessagesOf(FitMessageNumbers.Hr).Select(m => new FitHr(m));

    public IEnumerable<FitUserProfile> UserProfiles => MessagesOf(FitMessageNumbers.UserProfile).Select(m => new FitUserProfile(m));

    public IEnumerable<FitSport> Sports => MessagesOf(FitMessageNumbers.Sport).Select(m => new FitSport(m));

    public IEnumerable<FitWorkoutMessage> Workouts => MessagesOf(FitMessageNumbers.Workout).Select(m => new FitWorkoutMessage(m));

    public IEnumerable<FitWorkoutStepMessage> WorkoutSteps => MessagesOf(FitMessageNumbers.WorkoutStep).Select(m => new FitWorkoutStepMessage(m));

    public IEnumerable<FitDeveloperDataId> DeveloperDataIds => MessagesOf(FitMessageNumbers.DeveloperDataId).Select(m => new FitDeveloperDataId(m));

    /// <summary>field_description messages, each read as the description it declares.</summary>
    public IEnumerable<FitFieldDescription> FieldDescriptions =>
        MessagesOf(FitMessageNumbers.FieldDescription).Select((m, i) => new FitFieldDescription(m, i, null));
}
