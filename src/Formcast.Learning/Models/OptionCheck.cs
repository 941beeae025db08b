namespace Formcast.Learning;

/// <summary>Option validation that names the option in its exception.</summary>
public static class OptionCheck
{
    public static void Positive(double value, string option)
    {
        if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(option, value, $"{option} must be a positive finite number");
    }

    public static void Positive(int value, string option)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(option, value, $"{option} must be positive");
    }

    public static void NonNegative(double value, string option)
    {
        if (!(value >= 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(option, value, $"{option} must be zero or a positive finite number");
    }

    public static void NonNegative(int value, string option)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(option, value, $"{option} must be zero or positive");
    }

    /// <summary>Checks <paramref name="low"/> ≤ value ≤ <paramref name="high"/> (or &lt; high when <paramref name="highExclusive"/>).</summary>
    public static void InRange(double value, double low, double high, string option, bool highExclusive = false)
    {
        var ok = value >= low && (highExclusive ? value < high : value <= high);
        if (!ok)
            throw new ArgumentOutOfRangeException(option, value, $"{option} must be in [{low}, {high}{(highExclusive ? ")" : "]")}");
    }
}
