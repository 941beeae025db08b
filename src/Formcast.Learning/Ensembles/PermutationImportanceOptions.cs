namespace Formcast.Learning;

/// <summary>Options of <see cref="PermutationImportance"/>.</summary>
public sealed record PermutationImportanceOptions : LearnerOptions
{
    /// <summary>Shuffles per feature; the importance is their mean score drop.</summary>
    public int Repeats { get; init; } = 5;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(Repeats, nameof(Repeats));
    }
}
