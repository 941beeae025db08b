using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning.Tests.Simulation;

public sealed class AthleteSamplerTests
{
    [Fact]
    public void MeanGeneralPopulationIndividual_IsTheStudyBaseline()
    {
        // The reference study's standardised individual: resting HR 68 bpm, VO2max 45 ml/kg/min, mood 3/5.
        var baseline = AthleteSampler.Sample(new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation), Sex.Unspecified, 25, null);
        Assert.Equal(68, baseline.RestingHeartRateBpm, 10);
        Assert.Equal(45, baseline.Vo2MaxMlPerKgPerMin, 10);
        Assert.Equal(3, baseline.BaselineMood, 10);
        Assert.Equal(208 - (0.7 * 25), baseline.MaxHeartRateBpm, 10);
        baseline.Validate();
    }

    [Fact]
    public void Samples_FollowTheirDistributions()
    {
        var rng = new Rng(11);
        var stratum = new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation);
        var draws = Enumerable.Range(0, 3000).Select(_ => AthleteSampler.Sample(stratum, Sex.Unspecified, 25, rng)).ToArray();
        foreach (var d in draws) d.Validate();
        // Normal(68, 5) clamped: mean within 3 standard errors (5/√3000 = 0.09).
        Assert.InRange(draws.Average(d => d.RestingHeartRateBpm), 67.7, 68.3);
        Assert.InRange(StandardDeviation(draws.Select(d => d.RestingHeartRateBpm)), 4.7, 5.3);
        // Log-normal(σ 0.08) around 45: median 45.
        Assert.InRange(Median(draws.Select(d => d.Vo2MaxMlPerKgPerMin)), 44.6, 45.4);
        Assert.InRange(draws.Count(d => d.PreviousInjury) / 3000.0, 0.27, 0.33);
    }

    [Fact]
    public void Sampling_IsDeterministicForASeed()
    {
        var a = AthleteSampler.Sample(PopulationSpec.University, new Rng(5));
        var b = AthleteSampler.Sample(PopulationSpec.University, new Rng(5));
        Assert.Equal(a.RestingHeartRateBpm, b.RestingHeartRateBpm);
        Assert.Equal(a.Responses, b.Responses);
        Assert.Equal(a.Sport, b.Sport);
    }

    [Fact]
    public void EliteEnduranceAthletes_SitCloserToTheirAerobicCeiling()
    {
        var general = AthleteSampler.Sample(new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation), Sex.Male, 25, null);
        var elite = AthleteSampler.Sample(new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Elite), Sex.Male, 25, null);
        double Saturation(AthleteProfile p)
        {
            var r = p.Responses[0];
            var mix = SportModel.HabitualMix(p.Sport)[0];
            var impulse = p.HabitualDailyLoad * mix / -double.ExpM1(-1 / r.FitnessDays);
            return r.FitnessContribution(impulse) / r.Headroom;
        }

        Assert.True(Saturation(elite) > 0.8, $"elite saturation {Saturation(elite)}");
        Assert.True(Saturation(general) < 0.35, $"general saturation {Saturation(general)}");
        Assert.InRange(elite.Vo2MaxMlPerKgPerMin, 70, 85); // Joyner & Coyle 2008: elite endurance men 70–85.
    }

    [Fact]
    public void BanisterTwin_KeepsTheTwinsTimeConstantsAndLinearGains()
    {
        // Clarke & Skiba 2013 published fit: p0 = 262 W, k1 = 0.18, k2 = 0.23, τ1 = 36 d, τ2 = 21 d.
        var twin = AthleteSampler.FromBanisterTwin(262, 0.18, 36, 0.23, 21,
            new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Trained), Sex.Male, 30, habitualDailyLoad: 60);
        twin.Validate();
        var aerobic = twin.Responses[(int)TrainingQuality.Aerobic];
        Assert.Equal(36, aerobic.FitnessDays);
        Assert.Equal(21, aerobic.FatigueDays);
        Assert.Equal(0.18 / 262, aerobic.FitnessGain, 12);
        Assert.Equal(0.23 / 262, aerobic.FatigueGain, 12);
        // Up to 100 TRIMP a day the saturating response stays within 5 % of Banister's linear k1·F.
        var impulse = 100 / -double.ExpM1(-1 / 36.0);
        var linear = aerobic.FitnessGain * impulse;
        Assert.InRange(aerobic.FitnessContribution(impulse) / linear, 0.95, 1.0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static double StandardDeviation(IEnumerable<double> values)
    {
        var v = values.ToArray();
        var mean = v.Average();
        return Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / v.Length);
    }
}
