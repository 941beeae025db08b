namespace Formcast.Core;

/// <summary>A test result. <see cref="Unit"/> must match the kind's unit, or be stated for <see cref="PerformanceTestKind.Other"/>.</summary>
public sealed record PerformanceTest
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    public required PerformanceTestKind Kind { get; init; }

    public required double Value { get; init; }

    public required string Unit { get; init; }

    /// <summary>Free label, e.g. "5-min power (lab)", or the protocol name for <see cref="PerformanceTestKind.Other"/>.</summary>
    public string? Label { get; init; }

    public string? Validate()
    {
        if (!double.IsFinite(Value)) return "test value must be a finite number";
        var expected = PerformanceTestKinds.UnitOf(Kind);
        if (expected.Length > 0 && !string.Equals(expected, Unit, StringComparison.Ordinal))
            return $"{Kind} is measured in {expected}, not '{Unit}'";
        return null;
    }
}
