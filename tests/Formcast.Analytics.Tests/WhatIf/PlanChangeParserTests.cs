using Formcast.Core;

namespace Formcast.Analytics.Tests.WhatIf;

public sealed class PlanChangeParserTests
{
    [Fact]
    public void Parses_EveryFormOfTheGrammar()
    {
        var result = PlanChangeParser.Parse(
            "add two interval sessions per week for 3 weeks; Move the long run to Thursday\n" +
            "taper 10 days; rest 3 days from 2024-06-10; reduce load by 20 % for 2 weeks; add 1 long run of 130 min; " +
            "increase load by 10%; taper 14 days by 40 percent; add 1 easy session a week of 35 load; move threshold session to friday");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal<PlanChange>(
        [
            new AddSessions(2, SessionIntensity.Intervals, false, 3, null, null),
            new MoveSession(null, true, DayOfWeek.Thursday),
            new Taper(10, 0.5),
            new RestDays(3, new DateOnly(2024, 6, 10)),
            new ScaleLoad(0.8, 2),
            new AddSessions(1, SessionIntensity.Easy, true, null, null, 130),
            new ScaleLoad(1.1, null),
            new Taper(14, 0.4),
            new AddSessions(1, SessionIntensity.Easy, false, null, 35, null),
            new MoveSession(SessionIntensity.Threshold, false, DayOfWeek.Friday),
        ], result.Changes);
    }

    [Theory]
    [InlineData("add two banana sessions", 9, "session kind")]
    [InlineData("add 2 interval sessions for many weeks", 29, "number of weeks")]
    [InlineData("taper ten", 10, "'days'")]
    [InlineData("move long run to someday", 18, "weekday")]
    [InlineData("rest 3 days from tomorrow", 18, "YYYY-MM-DD")]
    [InlineData("sleep more", 1, "'add'")]
    [InlineData("taper 5 days; add 9 easy sessions", 19, "1–7")]
    [InlineData("taper 5 days please", 14, "end of the change")]
    [InlineData("   ", 1, "no change")]
    public void Errors_NameTheColumnAndWhatWasExpected(string text, int column, string expected)
    {
        var result = PlanChangeParser.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Equal(column, result.ErrorColumn);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Changes);
    }
}
