using System.Globalization;
using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>One change to a training plan, parsed from the what-if grammar (see <see cref="PlanChangeParser"/>).</summary>
public abstract record PlanChange
{
    /// <summary>The change in plain words, as shown next to the result.</summary>
    public abstract string Describe();

    private protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>"add 2 interval sessions per week for 3 weeks [of 80 load | of 45 min]".</summary>
/// <param name="CountPerWeek">Sessions added in each affected week.</param>
/// <param name="Intensity">Kind of session.</param>
/// <param name="IsLongRun">True for "long run" sessions (easy intensity, long duration).</param>
/// <param name="Weeks">Affected weeks from the plan start; null = every week of the plan.</param>
/// <param name="Load">Load of each added session (common scale); null = the option default for the kind.</param>
/// <param name="Minutes">Duration of each added session; null = the option default.</param>
public sealed record AddSessions(int CountPerWeek, SessionIntensity Intensity, bool IsLongRun, int? Weeks, double? Load, double? Minutes) : PlanChange
{
    public override string Describe() => Invariant(
        $"add {CountPerWeek} {(IsLongRun ? "long run" : Intensity.ToString().ToLowerInvariant())} session(s) per week{(Weeks is { } w ? $" for {w} week(s)" : "")}{(Load is { } l ? $" of load {l:0.#}" : "")}{(Minutes is { } m ? $" of {m:0} min" : "")}");
}

/// <summary>"move the long run to thursday" / "move the interval session to tuesday", in every week.</summary>
public sealed record MoveSession(SessionIntensity? Intensity, bool IsLongRun, DayOfWeek To) : PlanChange
{
    public override string Describe() =>
        $"move the {(IsLongRun ? "long run" : Intensity!.Value.ToString().ToLowerInvariant() + " session")} to {To.ToString().ToLowerInvariant()} each week";
}

/// <summary>"taper 10 days [by 50 %]": the last days of the plan with load cut progressively to the given reduction.</summary>
public sealed record Taper(int Days, double Reduction) : PlanChange
{
    public override string Describe() => Invariant($"taper the last {Days} day(s), cutting load progressively by up to {Reduction:P0}");
}

/// <summary>"rest 3 days [from 2024-05-06]": no sessions on those days (from the plan start by default).</summary>
public sealed record RestDays(int Days, DateOnly? From) : PlanChange
{
    public override string Describe() => Invariant($"rest {Days} day(s){(From is { } f ? $" from {f:yyyy-MM-dd}" : " from the plan start")}");
}

/// <summary>"increase load by 10 % [for 2 weeks]" / "reduce load by 20 %".</summary>
public sealed record ScaleLoad(double Factor, int? Weeks) : PlanChange
{
    public override string Describe() => Invariant($"scale every session's load by {Factor:0.###}{(Weeks is { } w ? $" for {w} week(s)" : "")}");
}
