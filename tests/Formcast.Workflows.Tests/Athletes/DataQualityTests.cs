using Formcast.Core;
using Formcast.Workflows.Athletes;

namespace Formcast.Workflows.Tests.Athletes;

public sealed class DataQualityTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    private static AthleteDay Day(int i, DayStatus status, LoadSource source = LoadSource.None, DayQualityFlags flags = DayQualityFlags.None, double? readiness = null) => new()
    {
        AthleteId = default, Date = Start.AddDays(i), Status = status, LoadSource = source, Quality = flags, Readiness = readiness,
    };

    [Fact]
    public void Summary_CountsDaysSourcesAndProvisionalStretches()
    {
        var days = new List<AthleteDay>();
        for (var i = 0; i < 30; i++)
        {
            var status = i % 3 == 0 ? DayStatus.Trained : i % 3 == 1 ? DayStatus.RestDay : DayStatus.NotRecorded;
            var flags = (i < 27 ? DayQualityFlags.ShortLoadHistory : 0) | (status == DayStatus.NotRecorded ? DayQualityFlags.NoWellness | DayQualityFlags.NoHrv : 0)
                | (i == 3 ? DayQualityFlags.UnratedSession : 0);
            days.Add(Day(i, status, status == DayStatus.Trained ? (i < 15 ? LoadSource.HeartRate : LoadSource.Pace) : LoadSource.None, flags, i >= 10 ? 50 : null));
        }

        Assert.Equal(
        [
            "30 days from 2026-03-01 to 2026-03-30: 10 with training, 10 rest days, 10 not recorded (counted as 0 load).",
            "Wellness answered on 20 of 30 days; HRV measured on 20.",
            "Load source: heart rate on 5 days, pace on 5 days.",
            "1 days hold a session without any load source (no thresholds, heart rate or RPE): it counts as 0.",
            "Under 4 weeks of load history until 2026-03-27: chronic numbers before then are provisional.",
            "HRV normal band still forming: HRV does not move readiness yet.",
            "Readiness available from 2026-03-11.",
        ], DataQuality.Summarise(days));
    }

    [Fact]
    public void NoDays_SaysSo() => Assert.Equal(["no athlete-days: nothing recorded yet"], DataQuality.Summarise([]));
}
