namespace Formcast.Analytics;

/// <summary>
/// Parameters of Banister's fitness–fatigue model: baseline performance <see cref="P0"/>, fitness gain
/// <see cref="K1"/> and time constant <see cref="Tau1"/> (days), fatigue gain <see cref="K2"/> and time constant
/// <see cref="Tau2"/> (days). Gains are in performance units per load unit.
/// </summary>
public readonly record struct BanisterParameters(double P0, double K1, double Tau1, double K2, double Tau2)
{
    /// <summary>Parameter names in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["p0", "k1", "tau1", "k2", "tau2"];

    /// <summary>Number of parameters.</summary>
    public const int Count = 5;

    public double this[int index] => index switch
    {
        0 => P0,
        1 => K1,
        2 => Tau1,
        3 => K2,
        4 => Tau2,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public double[] ToArray() => [P0, K1, Tau1, K2, Tau2];

    public static BanisterParameters FromArray(ReadOnlySpan<double> values) => new(values[0], values[1], values[2], values[3], values[4]);
}
