using System.Globalization;

namespace Formcast.Core;

/// <summary>Identifies one recorded activity (a session from a device file or entered by hand).</summary>
public readonly record struct ActivityId(Guid Value) : IComparable<ActivityId>
{
    /// <summary>A new random identifier.</summary>
    public static ActivityId New() => new(Guid.NewGuid());

    /// <summary>Parses the canonical 32- or 36-character form; returns false on anything else.</summary>
    public static bool TryParse(string? text, out ActivityId id)
    {
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            id = new ActivityId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(ActivityId other) => Value.CompareTo(other.Value);

    public static bool operator <(ActivityId left, ActivityId right) => left.CompareTo(right) < 0;

    public static bool operator <=(ActivityId left, ActivityId right) => left.CompareTo(right) <= 0;

    public static bool operator >(ActivityId left, ActivityId right) => left.CompareTo(right) > 0;

    public static bool operator >=(ActivityId left, ActivityId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
