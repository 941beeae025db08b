using System.Globalization;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// A view of one field of a <see cref="FitMessage"/>: a declared field, a field expanded from components, or a
/// sub-field reading of a declared field. Elements are kept raw; <see cref="GetValue"/> applies the profile's
/// scale and offset (physical = raw / scale − offset, FIT-FACTS §8).
/// </summary>
public readonly struct FitField : IEquatable<FitField>
{
    private readonly FitMessage _message;
    private readonly int _slot;
    private readonly FitSubFieldProfile? _sub;

    internal FitField(FitMessage message, int slot, FitSubFieldProfile? sub)
    {
        _message = message;
        _slot = slot;
        _sub = sub;
    }

    public byte Number => IsExpanded ? Expanded.Target.Number : Declared.Number;

    /// <summary>Profile name (the sub-field's name when read as a sub-field), or <c>field_N</c> when unknown.</summary>
    public string Name => _sub?.Name ?? (IsExpanded ? Expanded.Target.Name : Declared.Name)
        ?? "field_" + Declared.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The base type the elements were read as (the profile type for expanded fields).</summary>
    public FitBaseType BaseType => IsExpanded ? Expanded.Target.BaseType : Declared.BaseType;

    /// <summary>Profile type, e.g. "date_time", "sport" or "uint16"; null for unknown fields.</summary>
    public string? ProfileType => _sub?.ProfileType ?? Profile?.ProfileType;

    public string? Units => _sub?.Units ?? Profile?.Units;

    public double Scale => _sub?.Scale ?? Profile?.Scale ?? 1;

    public double Offset => _sub is not null ? 0 : Profile?.Offset ?? 0;

    /// <summary>True when the value was unpacked from a component container rather than declared.</summary>
    public bool IsExpanded => _slot < 0;

    /// <summary>Number of elements (strings: number of strings).</summary>
    public int Count => IsExpanded ? Expanded.Count
        : Declared.BaseType == FitBaseType.String ? Strings.Count : Declared.ElementCount;

    /// <summary>True when at least one element is valid (byte arrays: unless every byte is 0xFF).</summary>
    public bool HasValue
    {
        get
        {
            if (BaseType == FitBaseType.String) return Strings.Count > 0;
            for (var i = 0; i < Count; i++)
            {
                if (ElementValid(i)) return true;
            }

            return false;
        }
    }

    /// <summary>The declared size in bytes (expanded fields: 0).</summary>
    public int Size => IsExpanded ? 0 : Declared.Size;

    public IReadOnlyList<string> Strings =>
        !IsExpanded && Declared.BaseType == FitBaseType.String
            ? _message.StringsAt(_message.Definition.Layout!.StringIndex[_slot])
            : [];

    internal FitFieldProfile? Profile => IsExpanded ? Expanded.Target : Declared.Profile;

    private ref readonly FitFieldDefinition Declared => ref _message.Definition.Fields[_slot];

    private ref readonly FitExpandedField Expanded => ref _message.Expanded(-1 - _slot);

    /// <summary>True when element <paramref name="index"/> is not the base type's invalid value.</summary>
    public bool IsValid(int index)
    {
        if (index < 0 || index >= Count) return false;
        if (BaseType == FitBaseType.String) return true;
        if (BaseType == FitBaseType.Byte && !IsExpanded && Count > 1) return HasValue;
        return ElementValid(index);
    }

    /// <summary>The raw element (integers sign-extended; floats as their value truncated; expanded: raw units truncated).</summary>
    public long GetRaw(int index = 0)
    {
        if (IsExpanded) return (long)Expanded.Raw(index);
        var raw = RawBits(index);
        return FitBaseTypes.IsFloat(Declared.BaseType) ? (long)BitConverter.Int64BitsToDouble(raw) : raw;
    }

    /// <summary>The raw element as a double (exact for floats and for fractional expanded values).</summary>
    public double GetRawDouble(int index = 0) =>
        IsExpanded ? Expanded.Raw(index) : FitBaseTypes.ToDouble(Declared.BaseType, RawBits(index));

    /// <summary>The physical value of element <paramref name="index"/>; NaN when invalid.</summary>
    public double GetValue(int index = 0)
    {
        if (!IsValid(index) || BaseType == FitBaseType.String) return double.NaN;
        if (IsExpanded && _sub is null) return Expanded.Value(index);
        return GetRawDouble(index) / Scale - Offset;
    }

    /// <summary>All physical values (NaN for invalid elements).</summary>
    public double[] GetValues()
    {
        var values = new double[Count];
        for (var i = 0; i < values.Length; i++) values[i] = GetValue(i);
        return values;
    }

    /// <summary>String element <paramref name="index"/>, or null.</summary>
    public string? GetString(int index = 0) => index < Strings.Count ? Strings[index] : null;

    internal long RawBits(int index)
    {
        if (Declared.BaseType == FitBaseType.String) throw new InvalidOperationException($"{Name} is a string field; read it with {nameof(GetString)}");
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Declared.ElementCount);
        return _message.Value(_message.Definition.Layout!.ValueStart[_slot] + index);
    }

    internal FitField WithSubField(FitSubFieldProfile sub) => new(_message, _slot, sub);

    private bool ElementValid(int index) =>
        IsExpanded ? Expanded.Valid(index) : FitBaseTypes.IsValid(Declared.BaseType, RawBits(index));

    public bool Equals(FitField other) => ReferenceEquals(_message, other._message) && _slot == other._slot && _sub == other._sub;

    public override bool Equals(object? obj) => obj is FitField other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_message, _slot, _sub);

    public static bool operator ==(FitField left, FitField right) => left.Equals(right);

    public static bool operator !=(FitField left, FitField right) => !left.Equals(right);

    public override string ToString() =>
        BaseType == FitBaseType.String
            ? $"{Name} = \"{string.Join("\", \"", Strings)}\""
            : string.Create(CultureInfo.InvariantCulture, $"{Name} = {(HasValue ? string.Join(", ", GetValues()) : "invalid")} {Units}").TrimEnd();
}
