namespace Formcast.Workflows;

/// <summary>A clock stopped at one instant: "today" for a demo squad whose history ends on a chosen day, and for tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    /// <summary>Noon UTC on <paramref name="day"/>: the same calendar day in every time zone from UTC−11 to UTC+11.</summary>
    public static FixedClock At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
}
