namespace Formcast.Learning.Explanations;

/// <summary>Options of <see cref="PermutationImportance"/>.</summary>
public sealed record PermutationImportanceOptions
{
    /// <summary>Shuffles per feature; the importance is their mean.</summary>
    public int Repeats { get; init; } = 5;

    /// <summary>Shuffle a feature only among rows of the same group (athlete): the importance then measures what the
    /// feature adds within an athlete, not the differences between athletes it may merely encode.</summary>
    public bool WithinGroups { get; init; }

    public ulong Seed { get; init; } = 42;

    /// <summary>Maximum worker threads; 0 means all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    public void Validate()
    {
        OptionCheck.Positive(Repeats, nameof(Repeats));
        OptionCheck.NonNegative(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));
    }
}
