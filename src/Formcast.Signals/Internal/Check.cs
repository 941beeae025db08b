namespace Formcast.Signals.Internal;

/// <summary>Argument checks shared by the kernels; each names the offending argument or option.</summary>
internal static class Check
{
    public static void SameLength(int expected, int actual, string argument)
    {
        if (expected != actual)
            throw new ArgumentException($"{argument} has length {actual}; expected {expected} (the length of the input)", argument);
    }

    public static void AtLeast(int length, int minimum, string argument)
    {
        if (length < minimum)
            throw new ArgumentException($"{argument} has length {length}; at least {minimum} needed", argument);
    }

    public static void Positive(int value, string argument)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be positive");
    }

    public static void NonNegative(int value, string argument)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be zero or positive");
    }

    public static void Positive(double value, string argument)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be a positive finite number");
    }

    public static void NonNegative(double value, string argument)
    {
        if (!(value >= 0) || double.IsNaN(value))
            throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be zero or positive");
    }

    public static void Finite(double value, string argument)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be a finite number");
    }

    public static void Odd(int value, string argument)
    {
        if (value <= 0 || value % 2 == 0)
            throw new ArgumentOutOfRangeException(argument, value, $"{argument} must be a positive odd number for a centred window");
    }

    public static void NoOverlap(ReadOnlySpan<double> input, Span<double> destination, string argument)
    {
        if (input.Overlaps(destination)) throw new ArgumentException($"{argument} must not overlap the input", argument);
    }

    public static void Ascending(ReadOnlySpan<double> values, string argument)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (!(values[i] >= values[i - 1]))
                throw new ArgumentException($"{argument} must be finite and non-decreasing (index {i}: {values[i]} after {values[i - 1]})", argument);
        }
    }
}
