namespace Formcast.Learning;

/// <summary>
/// Base of every trainer's options record. <see cref="Seed"/> drives all randomness of the fit; the same seed and
/// data give the same model, whatever the number of threads. <see cref="Validate"/> throws
/// <see cref="ArgumentOutOfRangeException"/> naming the offending option.
/// </summary>
public abstract record LearnerOptions
{
    /// <summary>Seed of every random draw during fitting.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Maximum worker threads; 0 means all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Throws naming the first invalid option.</summary>
    public virtual void Validate() => OptionCheck.NonNegative(MaxDegreeOfParallelism, nameof(MaxDegreeOfParallelism));

    /// <summary>Parallel options honouring <see cref="MaxDegreeOfParallelism"/>.</summary>
    public ParallelOptions ParallelOptions() =>
        new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount };
}
