using System.Globalization;

namespace Formcast.Workflows.Planning;

/// <summary>A target range (heart rate in bpm, power in W).</summary>
public sealed record RangeView(double Low, double High)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Low:0}–{High:0}");
}
