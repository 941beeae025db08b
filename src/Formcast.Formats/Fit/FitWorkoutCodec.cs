using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>Writes and reads FIT workout files (file_id type 5, workout 26, workout_step 27).</summary>
public static class FitWorkoutCodec
{
    private const int FileTypeWorkout = 5;

    public static byte[] Write(FitWorkout workout, FitWriterOptions? options = null, DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(workout);
        var writer = new FitWriter(options);
        writer.Write(FitEncoding.FileId(FileTypeWorkout, created));
        var fields = new List<FitFieldData>
        {
            FitFieldData.Integer(6, FitBaseType.UInt16, workout.Steps.Count),
            FitFieldData.Text(8, workout.Name),
        };
        if (workout.Sport is { } sport) fields.Add(FitFieldData.Integer(4, FitBaseType.Enum, sport));
        if (workout.SubSport is { } subSport) fields.Add(FitFieldData.Integer(11, FitBaseType.Enum, subSport));
        writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.Workout, Fields = fields });

        for (var i = 0; i < workout.Steps.Count; i++)
        {
            var step = workout.Steps[i];
            var stepFields = new List<FitFieldData>
            {
                FitFieldData.Integer(254, FitBaseType.UInt16, i),
                FitFieldData.Integer(1, FitBaseType.Enum, (byte)step.Duration),
                FitFieldData.Integer(3, FitBaseType.Enum, (byte)step.Target),
            };
            if (step.Name is { Length: > 0 } name) stepFields.Add(FitFieldData.Text(0, name));
            if (step.DurationValue is { } duration) stepFields.Add(FitFieldData.Integer(2, FitBaseType.UInt32, duration));
            if (step.TargetValue is { } target) stepFields.Add(FitFieldData.Integer(4, FitBaseType.UInt32, target));
            if (step.CustomTargetLow is { } low) stepFields.Add(FitFieldData.Integer(5, FitBaseType.UInt32, low));
            if (step.CustomTargetHigh is { } high) stepFields.Add(FitFieldData.Integer(6, FitBaseType.UInt32, high));
            if (step.Intensity is { } intensity) stepFields.Add(FitFieldData.Integer(7, FitBaseType.Enum, (byte)intensity));
            if (step.Notes is { Length: > 0 } notes) stepFields.Add(FitFieldData.Text(8, notes));
            writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.WorkoutStep, Fields = stepFields });
        }

        return writer.ToArray();
    }

    /// <summary>Reads the first workout of a FIT file with its steps (in message_index order).</summary>
    public static DecodeResult<FitWorkout> Read(ReadOnlySpan<byte> bytes, FitDecodeOptions? options = null)
    {
        var decoded = FitDecoder.Decode(bytes, options);
        if (decoded.Value is not { } file) return DecodeResult.Failure<FitWorkout>(decoded.Diagnostics);
        if (!file.Workouts.Any())
        {
            return DecodeResult.Failure<FitWorkout>(
            [
                .. decoded.Diagnostics,
                new FormatDiagnostic(DiagnosticSeverity.Error, "fit.workout.missing", "the file holds no workout message", options?.FileName),
            ]);
        }

        var workout = file.Workouts.First();
        var steps = file.WorkoutSteps
            .Select((s, i) => (Index: s.MessageIndex ?? i, Step: ToStep(s)))
            .OrderBy(s => s.Index)
            .Select(s => s.Step)
            .ToList();
        var result = new FitWorkout { Name = workout.Name ?? "", Sport = workout.Sport, SubSport = workout.SubSport, Steps = steps };
        return decoded.Succeeded ? DecodeResult.Success(result, decoded.Diagnostics) : DecodeResult.Partial(result, decoded.Diagnostics);
    }

    private static FitWorkoutStep ToStep(FitWorkoutStepMessage step) => new()
    {
        Name = step.Name,
        Duration = (FitWorkoutDuration)(step.DurationType ?? (int)FitWorkoutDuration.Open),
        DurationValue = (uint?)step.DurationValueRaw,
        Target = (FitWorkoutTarget)(step.TargetType ?? (int)FitWorkoutTarget.Open),
        TargetValue = (uint?)step.TargetValueRaw,
        CustomTargetLow = (uint?)step.CustomTargetLowRaw,
        CustomTargetHigh = (uint?)step.CustomTargetHighRaw,
        Intensity = step.Intensity is { } intensity ? (FitIntensity)intensity : null,
        Notes = step.Notes,
    };
}
