namespace Formcast.Formats.Fit.Internal;

/// <summary>A value produced by component expansion (or a compressed-timestamp header) for the current message.</summary>
internal readonly struct FitExpansion(FitFieldProfile target, double value, double raw, bool valid)
{
    public FitFieldProfile Target { get; } = target;

    /// <summary>The physical value (scale and offset applied).</summary>
    public double Value { get; } = value;

    /// <summary>The value in the target field's raw units (may be fractional, e.g. distance from 1/16 m steps).</summary>
    public double Raw { get; } = raw;

    public bool Valid { get; } = valid;
}
