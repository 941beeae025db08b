namespace Formcast.Learning.Explanations;

/// <summary>Options of <see cref="KernelShap"/>. <see cref="Validate"/> names the offending option.</summary>
public sealed record KernelShapOptions
{
    /// <summary>Up to this many varying features every coalition is evaluated (2^M − 2 of them), which yields exact
    /// Shapley values; above it coalitions are sampled.</summary>
    public int MaxExactFeatures { get; init; } = 12;

    /// <summary>Coalitions to evaluate when sampling; 0 means 2M + 2048 (the Kernel SHAP default).</summary>
    public int Samples { get; init; }

    public ulong Seed { get; init; } = 42;

    /// <summary>Upper bound on rows per batch sent to the model (memory of one batch = rows × features doubles).</summary>
    public int BatchRows { get; init; } = 65_536;

    public void Validate()
    {
        OptionCheck.Positive(MaxExactFeatures, nameof(MaxExactFeatures));
        if (MaxExactFeatures > 20) throw new ArgumentOutOfRangeException(nameof(MaxExactFeatures), MaxExactFeatures, "MaxExactFeatures above 20 would enumerate over a million coalitions");
        OptionCheck.NonNegative(Samples, nameof(Samples));
        OptionCheck.Positive(BatchRows, nameof(BatchRows));
    }
}
