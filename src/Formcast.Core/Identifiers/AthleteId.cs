using System.Globalization;

namespace Formcast.Core;

/// <summary>Identifies an athlete across stores and exports.</summary>
public readonly record struct AthleteId(Guid Value) : IComparable<AthleteId>
{
    /// <summary>A new random identifier.</summary>
    public static AthleteId New() => new(Guid.NewGuid());

    /// <summary>Parses the canonical 32- or 36-character form; returns false on anything else.</summary>
    public static bool TryParse(string? text, out AthleteId id)
    {
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            id = new AthleteId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(AthleteId other) => Value.CompareTo(other.Value);

    public static bool operator <(AthleteId left, AthleteId right) => left.CompareTo(right) < 0;

    public static bool operator <=(AthleteId left, AthleteId right) => left.CompareTo(right) <= 0;

    public static bool operator >(AthleteId left, AthleteId right) => left.CompareTo(right) > 0;

    public static bool operator >=(AthleteId left, AthleteId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
