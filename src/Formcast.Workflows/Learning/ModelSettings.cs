namespace Formcast.Workflows.Learning;

/// <summary>What every catalog factory receives: the run's seed and thread limit (0 = all cores).</summary>
public sealed record ModelSettings(ulong Seed, int MaxDegreeOfParallelism = 0);
