using System.Globalization;

namespace Formcast.Core;

/// <summary>Identifies a team, squad, club or federation group.</summary>
public readonly record struct TeamId(Guid Value) : IComparable<TeamId>
{
    /// <summary>A new random identifier.</summary>
    public static TeamId New() => new(Guid.NewGuid());

    /// <summary>Parses the canonical 32- or 36-character form; returns false on anything else.</summary>
    public static bool TryParse(string? text, out TeamId id)
    {
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            id = new TeamId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(TeamId other) => Value.CompareTo(other.Value);

    public static bool operator <(TeamId left, TeamId right) => left.CompareTo(right) < 0;

    public static bool operator <=(TeamId left, TeamId right) => left.CompareTo(right) <= 0;

    public static bool operator >(TeamId left, TeamId right) => left.CompareTo(right) > 0;

    public static bool operator >=(TeamId left, TeamId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
