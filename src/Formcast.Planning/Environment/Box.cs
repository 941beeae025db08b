namespace Formcast.Planning;

/// <summary>A continuous space: per-element bounds and names (Gym's <c>Box</c>).</summary>
public sealed record Box(IReadOnlyList<double> Low, IReadOnlyList<double> High, IReadOnlyList<string> Names)
{
    public int Dimension => Low.Count;

    /// <summary>The 8-dimensional action space [−1, 1]⁸.</summary>
    public static Box Actions { get; } = new(
        Enumerable.Repeat(-1.0, ActionCodec.Dimension).ToArray(),
        Enumerable.Repeat(1.0, ActionCodec.Dimension).ToArray(),
        ActionCodec.Names);

    /// <summary>The 25-dimensional observation space (plausible physical bounds, see <see cref="ObservationLayout"/>).</summary>
    public static Box Observations { get; } = new(ObservationLayout.Low, ObservationLayout.High, ObservationLayout.Names);

    /// <summary>True when every element of <paramref name="value"/> lies within the bounds.</summary>
    public bool Contains(ReadOnlySpan<double> value)
    {
        if (value.Length != Dimension) return false;
        for (var i = 0; i < value.Length; i++)
        {
            if (!(value[i] >= Low[i] && value[i] <= High[i])) return false;
        }

        return true;
    }
}
