using Formcast.Core;
using Formcast.Workflows.WhatIf;

namespace Formcast.Workflows.Tests.WhatIf;

public sealed class BaselinePlanTests
{
    private static readonly DateOnly PlanStart = new(2026, 5, 1);

    private static List<AthleteDay> History(int length) => [.. Enumerable.Range(0, length).Select(i => new AthleteDay
    {
        AthleteId = default, Date = PlanStart.AddDays(i - length), Load = i % 4 == 3 ? 0 : 10 + i, TrainingMinutes = 60, Status = DayStatus.Trained,
    })];

    [Fact]
    public void RepeatsTheLastFourWeeks_WeekdayForWeekday()
    {
        var history = History(40);
        var plan = BaselinePlan.RepeatLastWeeks(history, PlanStart, PlanStart.AddDays(69));
        var byDate = plan.ToDictionary(s => s.Date);
        for (var k = 0; k < 70; k++)
        {
            var source = history[^28..][k % 28];
            var date = PlanStart.AddDays(k);
            Assert.Equal(source.Date.DayOfWeek, date.DayOfWeek);
            if (source.Load == 0) Assert.False(byDate.ContainsKey(date));
            else Assert.Equal((source.Load, 60.0), (byDate[date].PlannedLoad, byDate[date].DurationMinutes));
        }
    }

    [Fact]
    public void AShortHistory_RepeatsWholeWeeks_OrNothing()
    {
        var plan = BaselinePlan.RepeatLastWeeks(History(10), PlanStart, PlanStart.AddDays(13));
        Assert.Equal(plan.Where(s => s.Date < PlanStart.AddDays(7)).Select(s => s.PlannedLoad), plan.Where(s => s.Date >= PlanStart.AddDays(7)).Select(s => s.PlannedLoad));
        Assert.Empty(BaselinePlan.RepeatLastWeeks(History(6), PlanStart, PlanStart.AddDays(13)));
    }

    /// <summary>Band edges are load per hour on the common scale: intensity² × 100 at 0.71, 0.81, 0.88 and 0.95 ≈ 50, 65, 78, 90.</summary>
    [Theory]
    [InlineData(49, 60, SessionIntensity.Recovery)]
    [InlineData(50, 60, SessionIntensity.Easy)]
    [InlineData(110, 120, SessionIntensity.Easy)]
    [InlineData(77, 60, SessionIntensity.Moderate)]
    [InlineData(80, 60, SessionIntensity.Threshold)]
    [InlineData(45, 30, SessionIntensity.Intervals)]
    [InlineData(40, 0, SessionIntensity.Moderate)]
    public void Classify_ByLoadPerHour(double load, double minutes, SessionIntensity expected) =>
        Assert.Equal(expected, BaselinePlan.Classify(load, minutes));
}
