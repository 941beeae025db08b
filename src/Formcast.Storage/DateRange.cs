namespace Formcast.Storage;

/// <summary>An inclusive range of calendar days; either end may be open.</summary>
public readonly record struct DateRange(DateOnly? From, DateOnly? To)
{
    public static DateRange All => default;

    public static DateRange Between(DateOnly from, DateOnly to) => new(from, to);

    public static DateRange Since(DateOnly from) => new(from, null);

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
