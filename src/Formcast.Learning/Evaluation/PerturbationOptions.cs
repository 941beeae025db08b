namespace Formcast.Learning.Evaluation;

/// <summary>Options of <see cref="MonteCarloPerturbation"/>. <see cref="Validate"/> names the offending option.</summary>
public sealed record PerturbationOptions
{
    /// <summary>Number of noisy repetitions.</summary>
    public int Repeats { get; init; } = 100;

    /// <summary>Gaussian noise SD per feature as a fraction of that feature's SD in the perturbed data (e.g. 0.05).
    /// Ignored when <see cref="NoiseStandardDeviations"/> is set.</summary>
    public double NoiseFraction { get; init; } = 0.05;

    /// <summary>Absolute noise SD per feature, in the feature's own unit (e.g. a sensor's stated precision); 0 leaves a
    /// feature untouched.</summary>
    public IReadOnlyList<double>? NoiseStandardDeviations { get; init; }

    public ulong Seed { get; init; } = 42;

    public void Validate()
    {
        if (Repeats < 2) throw new ArgumentOutOfRangeException(nameof(Repeats), Repeats, "Repeats must be at least 2");
        OptionCheck.NonNegative(NoiseFraction, nameof(NoiseFraction));
        if (NoiseStandardDeviations is { } sds)
        {
            foreach (var sd in sds) OptionCheck.NonNegative(sd, nameof(NoiseStandardDeviations));
        }
    }
}
