using System.Globalization;

namespace Formcast.Core;

/// <summary>Identifies one injury record.</summary>
public readonly record struct InjuryId(Guid Value) : IComparable<InjuryId>
{
    /// <summary>A new random identifier.</summary>
    public static InjuryId New() => new(Guid.NewGuid());

    /// <summary>Parses the canonical 32- or 36-character form; returns false on anything else.</summary>
    public static bool TryParse(string? text, out InjuryId id)
    {
        if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var guid))
        {
            id = new InjuryId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(InjuryId other) => Value.CompareTo(other.Value);

    public static bool operator <(InjuryId left, InjuryId right) => left.CompareTo(right) < 0;

    public static bool operator <=(InjuryId left, InjuryId right) => left.CompareTo(right) <= 0;

    public static bool operator >(InjuryId left, InjuryId right) => left.CompareTo(right) > 0;

    public static bool operator >=(InjuryId left, InjuryId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
