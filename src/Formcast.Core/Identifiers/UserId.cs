using System.Globalization;

namespace Formcast.Core;

/// <summary>Identifies a person who signs in (admin, coach or athlete).</summary>
public readonly record struct UserId(Guid Value) : IComparable<UserId>
{
    /// <summary>A new random identifier.</summary>
    public static UserId New() => new(Guid.NewGuid());

    /// <summary>Parses the canonical 32- or 36-character form; returns false on anything else.</summary>
    public static bool TryParse(string? text, out UserId id)
    {
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            id = new UserId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(UserId other) => Value.CompareTo(other.Value);

    public static bool operator <(UserId left, UserId right) => left.CompareTo(right) < 0;

    public static bool operator <=(UserId left, UserId right) => left.CompareTo(right) <= 0;

    public static bool operator >(UserId left, UserId right) => left.CompareTo(right) > 0;

    public static bool operator >=(UserId left, UserId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
