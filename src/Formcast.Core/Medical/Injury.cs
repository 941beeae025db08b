namespace Formcast.Core;

/// <summary>An injury or illness episode. Body part and type are coded for analysis; free-text details and
/// medical notes are sensitive and pass through the field protector.</summary>
public sealed record Injury
{
    public required InjuryId Id { get; init; }

    public required AthleteId AthleteId { get; init; }

    public required DateOnly OnsetDate { get; init; }

    /// <summary>Body part, lower-case words, e.g. "hamstring", "ankle", "lower back".</summary>
    public required string BodyPart { get; init; }

    /// <summary>Type, e.g. "strain", "sprain", "tendinopathy", "stress fracture", "illness".</summary>
    public required string Type { get; init; }

    public InjurySeverity Severity { get; init; }

    /// <summary>Days of full training lost.</summary>
    public int TimeLossDays { get; init; }

    /// <summary>Free-text description; sensitive.</summary>
    [Sensitive]
    public string? Details { get; init; }

    /// <summary>Clinician's notes; sensitive.</summary>
    [Sensitive]
    public string? MedicalNotes { get; init; }

    /// <summary>Severity band implied by <paramref name="timeLossDays"/> (Fuller et al. 2006).</summary>
    public static InjurySeverity SeverityFor(int timeLossDays) => timeLossDays switch
    {
        <= 0 => InjurySeverity.Slight,
        <= 7 => InjurySeverity.Minimal,
        <= 28 => InjurySeverity.Moderate,
        _ => InjurySeverity.Severe,
    };

    public string? Validate()
    {
        if (TimeLossDays is < 0 or > 3650) return $"time loss {TimeLossDays} days is outside 0–3650";
        if (string.IsNullOrWhiteSpace(BodyPart)) return "body part is required";
        if (string.IsNullOrWhiteSpace(Type)) return "injury type is required";
        return null;
    }
}
