using Formcast.Core;
using Formcast.Workflows.Daily;

namespace Formcast.Workflows.Tests.Daily;

public sealed class DailyStateWorkflowTests
{
    private static readonly Athlete Runner = new() { Id = AthleteId.New(), Handle = "r", TimeZoneId = "Europe/Oslo" };

    [Fact]
    public void Compute_RollsUpSessionRpeAndTellsRestFromNotRecorded()
    {
        var monday = new DateOnly(2026, 3, 2);
        var activity = new Activity
        {
            Id = ActivityId.New(), AthleteId = Runner.Id, StartUtc = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero), DurationSeconds = 3600,
        };
        var unrated = activity with { Id = ActivityId.New(), StartUtc = new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.Zero) };
        var ratings = new[]
        {
            new SessionRpe { AthleteId = Runner.Id, Date = monday, Rpe = 6, DurationMinutes = 60, ActivityId = activity.Id },
            new SessionRpe { AthleteId = Runner.Id, Date = monday, Rpe = 3, DurationMinutes = 30 },
        };
        var wellness = new[] { new WellnessEntry { AthleteId = Runner.Id, Date = monday.AddDays(1), Mood = 4 } };

        var days = DailyStateWorkflow.Compute(Runner, [activity, unrated], ratings, wellness);

        // 2 March (trained, 6×60 + 3×30 = 450), 3 March (wellness only: rest day), 4 March nothing, and the 23:30 UTC session
        // on 4 March is 00:30 on 5 March in Oslo (trained but unrated).
        Assert.Equal([monday, monday.AddDays(1), monday.AddDays(2), monday.AddDays(3)], days.Select(d => d.Date));
        Assert.Equal(450, days[0].Load);
        Assert.Equal(LoadSource.SessionRpe, days[0].LoadSource);
        Assert.Equal(2, days[0].SessionCount);
        Assert.Equal(DayStatus.RestDay, days[1].Status);
        Assert.Equal(DayStatus.NotRecorded, days[2].Status);
        Assert.Equal(DayStatus.Trained, days[3].Status);
        Assert.True(days[3].Quality.HasFlag(DayQualityFlags.UnratedSession));
        Assert.Equal(450, days[3].Metrics["load_7d"]);
    }
}
