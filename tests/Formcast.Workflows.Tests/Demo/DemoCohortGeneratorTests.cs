using Formcast.Core;
using Formcast.Workflows.Demo;

namespace Formcast.Workflows.Tests.Demo;

public sealed class DemoCohortGeneratorTests
{
    private static readonly DemoCohortOptions Reference = new() { EndDate = new DateOnly(2026, 6, 30) };

    private static readonly Lazy<List<DemoAthlete>> Squad = new(() => DemoCohortGenerator.Generate(Reference).ToList());

    [Fact]
    public void Squad_HasTheReferenceCohortShape()
    {
        var squad = Squad.Value;
        Assert.Equal(60, squad.Count);
        Assert.Equal(30, squad.Count(a => a.Athlete.Sex == Sex.Female));
        Assert.Equal(10, squad.Count(a => a.Athlete.Sport == Sport.Sprinting));
        Assert.Equal(10, squad.Count(a => a.Athlete.Sport == Sport.DistanceRunning));
        Assert.Equal(10, squad.Count(a => a.Athlete.Sport == Sport.Throwing));
        Assert.Equal(10, squad.Count(a => a.Athlete.Sport == Sport.BallGame));
        Assert.Equal(20, squad.Count(a => a.Athlete.Sport == Sport.GeneralFitness));
        Assert.All(squad, a => Assert.InRange(Reference.StartDate.Year - a.Athlete.BirthYear!.Value, 18, 25));
        Assert.All(squad, a => Assert.Null(a.Athlete.Validate()));
    }

    [Fact]
    public void SameSeed_GivesTheSameSquad_AndAnotherSeedDoesNot()
    {
        var options = Reference with { Composition = [(Sport.BallGame, 2)], Days = 30 };
        var a = DemoCohortGenerator.Generate(options).ToList();
        var b = DemoCohortGenerator.Generate(options).ToList();
        var c = DemoCohortGenerator.Generate(options with { Seed = 7 }).ToList();
        Assert.Equal(a.Select(x => x.Athlete.Id), b.Select(x => x.Athlete.Id));
        Assert.Equal(a[1].Activities.Select(x => x.Id), b[1].Activities.Select(x => x.Id));
        Assert.True(a[1].Activities[3].Streams!.ContentEquals(b[1].Activities[3].Streams));
        Assert.Equal(a[0].Wellness, b[0].Wellness);
        Assert.NotEqual(a[0].Athlete.Id, c[0].Athlete.Id);
    }

    [Fact]
    public void Sessions_HaveSecondBySecondHeartRateWithinTheAthletesRange_AndSportChannels()
    {
        foreach (var athlete in Squad.Value.Take(60).Where((_, i) => i % 6 == 0))
        {
            var t = athlete.Athlete.Thresholds[0];
            foreach (var activity in athlete.Activities.Take(10))
            {
                var s = activity.Streams!;
                Assert.Equal(activity.DurationSeconds, s.Count);
                Assert.All(s.TimeSeconds.Zip(s.TimeSeconds.Skip(1)), p => Assert.Equal(1, p.Second - p.First));
                var hr = s.Get(Channels.HeartRate)!.Where(v => !double.IsNaN(v)).ToArray();
                Assert.InRange(hr.Min(), 40, t.MaxHeartRateBpm);
                Assert.InRange(hr.Max(), t.RestingHeartRateBpm, t.MaxHeartRateBpm + 2);
                if (activity.Sport == Sport.Running) Assert.NotNull(s.Get(Channels.Speed));
                if (activity.Sport == Sport.Cycling) Assert.NotNull(s.Get(Channels.Power));
            }
        }
    }

    [Fact]
    public void Wellness_HasRealisticGaps_AndAHandfulOfInjuries()
    {
        var squad = Squad.Value;
        var answered = squad.Sum(a => a.Wellness.Count) / (double)(squad.Count * Reference.Days);
        Assert.InRange(answered, 0.55, 0.92);
        var injuries = squad.Sum(a => a.Injuries.Count);
        Assert.InRange(injuries, 3, 30);
        Assert.All(squad.SelectMany(a => a.Wellness), w => Assert.Null(w.Validate()));
        Assert.All(squad.SelectMany(a => a.SessionRatings), r => Assert.Null(r.Validate()));
    }

    [Fact]
    public void HrvAndRestingHeartRate_RespondToLoad()
    {
        // Across the squad, mornings after a heavier-than-usual day show lower ln rMSSD and higher resting HR than
        // mornings after rest (the generating model's response; Plews et al. 2013 describe the same direction).
        var afterHard = new List<(double LnRmssd, double RestingHr)>();
        var afterRest = new List<(double LnRmssd, double RestingHr)>();
        foreach (var athlete in Squad.Value)
        {
            var loads = athlete.SessionRatings.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.Sum(r => r.Load));
            var trainedDays = athlete.Activities.Select(a => athlete.Athlete.LocalDayOf(a.StartUtc)).ToHashSet();
            if (loads.Count == 0) continue;
            var typical = loads.Values.Average();
            var meanLn = athlete.Wellness.Average(w => Math.Log(w.Hrv!.ValueMs));
            var meanRhr = athlete.Wellness.Average(w => w.RestingHeartRateBpm!.Value);
            foreach (var w in athlete.Wellness)
            {
                var yesterday = w.Date.AddDays(-1);
                var point = (Math.Log(w.Hrv!.ValueMs) - meanLn, w.RestingHeartRateBpm!.Value - meanRhr);
                if (loads.TryGetValue(yesterday, out var load) && load > 1.3 * typical) afterHard.Add(point);
                else if (!trainedDays.Contains(yesterday)) afterRest.Add(point);
            }
        }

        Assert.True(afterHard.Count > 200 && afterRest.Count > 200);
        Assert.True(afterHard.Average(p => p.LnRmssd) < afterRest.Average(p => p.LnRmssd) - 0.02);
        Assert.True(afterHard.Average(p => p.RestingHr) > afterRest.Average(p => p.RestingHr) + 0.3);
    }

    [Fact]
    public void RaceTime_FollowsTheDanielsTables()
    {
        // Daniels' Running Formula (3rd ed.) tables: VDOT 50 ≈ 19:57 for 5 km and 41:21 for 10 km.
        Assert.InRange(Formcast.Workflows.Demo.Internal.AthleteSeasonSimulator.RaceTime(5000, 50), 1197 - 5, 1197 + 5);
        Assert.InRange(Formcast.Workflows.Demo.Internal.AthleteSeasonSimulator.RaceTime(10000, 50), 2481 - 8, 2481 + 8);
    }
}
