using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning.Tests.Simulation;

public sealed class TrainingEnvironmentTests
{
    private static readonly EnvironmentOptions Daily = new() { Mode = DecisionMode.Daily };

    [Fact]
    public void Spaces_AreTheStudysShapes()
    {
        Assert.Equal(25, TrainingEnvironment.ObservationSpace.Dimension);
        Assert.Equal(8, TrainingEnvironment.ActionSpace.Dimension);
        Assert.All(TrainingEnvironment.ActionSpace.Low, v => Assert.Equal(-1, v));
        Assert.All(TrainingEnvironment.ActionSpace.High, v => Assert.Equal(1, v));
        Assert.Equal(1800, new EnvironmentOptions().StepsPerEpisode);
        Assert.Equal(60, Daily.StepsPerEpisode);
    }

    [Fact]
    public void SlotEpisode_Has1800StepsAndStaysInsideTheObservationSpace()
    {
        var env = new TrainingEnvironment();
        var observation = env.Reset(3);
        var rng = new Rng(4);
        var action = new double[8];
        var steps = 0;
        StepResult result;
        do
        {
            for (var k = 0; k < 8; k++) action[k] = (2 * rng.NextDouble()) - 1;
            result = env.Step(action, observation);
            steps++;
            Assert.True(TrainingEnvironment.ObservationSpace.Contains(observation), $"step {steps}: {string.Join(", ", observation)}");
            Assert.True(double.IsFinite(result.Reward));
        }
        while (!result.Done);

        Assert.Equal(1800, steps);
        Assert.Equal(60, env.Day);
        Assert.Throws<InvalidOperationException>(() => env.Step(action, observation));
    }

    [Fact]
    public void SameSeedAndActions_GiveTheSameEpisode()
    {
        static double[] Run(ulong seed)
        {
            var env = new TrainingEnvironment(Daily);
            var observation = env.Reset(seed);
            var trace = new List<double>();
            var action = new double[8];
            var rng = new Rng(9);
            while (!env.Done)
            {
                for (var k = 0; k < 8; k++) action[k] = (2 * rng.NextDouble()) - 1;
                trace.Add(env.Step(action, observation).Reward);
                trace.AddRange(observation);
            }

            return [.. trace];
        }

        Assert.Equal(Run(21), Run(21));
        Assert.NotEqual(Run(21), Run(22));
    }

    [Fact]
    public void DailyDecision_EqualsTheSameSessionDecidedSlotBySlot()
    {
        var athlete = AthleteSampler.Sample(PopulationSpec.University, new Rng(8));
        var session = SessionPrescription.Session(0.75, 60, QualityMix.FromWeights(0.6, 0.2, 0.1, 0.1), 0.8, indoor: false);
        var daily = TrainingEnvironment.ForAthlete(athlete, Daily);
        var slots = TrainingEnvironment.ForAthlete(athlete, new EnvironmentOptions());
        var dailyObservation = daily.Reset(77);
        var slotObservation = slots.Reset(77);
        var dailyAction = new double[8];
        var slotAction = new double[8];
        var rest = new double[8];
        ActionCodec.Encode(SessionPrescription.RestDay, 20, rest);
        for (var day = 0; day < 3; day++)
        {
            ActionCodec.Encode(session, Daily.MaxSessionMinutes, dailyAction);
            var dailyReward = daily.Step(dailyAction, dailyObservation).Reward;
            var slotReward = 0.0;
            for (var s = 0; s < 30; s++)
            {
                ActionCodec.Encode(session with { DurationMinutes = 20 }, 20, slotAction);
                slotReward += slots.Step(s is >= 6 and < 9 ? slotAction : rest, slotObservation).Reward;
            }

            Assert.Equal(dailyReward, slotReward, 9);
            for (var i = 0; i < dailyObservation.Length; i++) Assert.Equal(dailyObservation[i], slotObservation[i], 9);
        }
    }

    [Fact]
    public void SummedGainTerm_IsTheMeasuredPerformanceChange()
    {
        var env = new TrainingEnvironment(Daily);
        var observation = env.Reset(31);
        var action = new double[8];
        ActionCodec.Encode(SessionPrescription.Session(0.8, 120, QualityMix.FromWeights(0.5, 0.2, 0.2, 0.1), 0.7), 180, action);
        var gain = 0.0;
        StepResult step;
        do
        {
            step = env.Step(action, observation);
            gain += step.Info.RewardGain;
        }
        while (!step.Done);

        // Fitness is credited as built; the last step charges the fatigue still carried.
        Assert.Equal(env.Summary().PerformanceGainPercent, gain * Daily.Reward.GainPercentPerDay, 9);
    }

    [Fact]
    public void Rest_DetrainsWithinPublishedRangeAndCausesNoInjury()
    {
        // Mujika & Padilla 2000 (Sports Med 30:79): VO2max falls about 4–14 % after 3–8 weeks without training.
        var athlete = AthleteSampler.Sample(new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Trained), Sex.Male, 24, null);
        var env = TrainingEnvironment.ForAthlete(athlete, Daily);
        var observation = env.Reset(1);
        var rest = new double[8];
        ActionCodec.Encode(SessionPrescription.RestDay, 180, rest);
        while (!env.Done) env.Step(rest, observation);
        var summary = env.Summary();
        Assert.Equal(0, summary.Injuries);
        Assert.Equal(0, summary.TrainingMinutesPerDay);
        Assert.InRange(1 - observation[ObservationLayout.AerobicCapacity], 0.04, 0.14);
        // Standby only: 30 kWh a day, costed at 0.70 and 0.565 kg CO₂ per kWh.
        Assert.Equal(30, summary.EnergyKilowattHoursPerDay, 9);
        Assert.Equal(21, summary.CostPerDay, 9);
        Assert.Equal(16.95, summary.Co2KilogramsPerDay, 9);
    }

    [Fact]
    public void Hiit_AddsMoreAerobicFitnessToTheGeneralPopulationThanToElites()
    {
        // The reference study's Figure 3: HIIT raised VO2max in non-elite athletes and the general population, not in
        // high-level athletes, whose baseline is near its ceiling. Same protocol (three 40-min 1:1 interval sessions
        // a week on top of habitual training) for the group-mean individuals.
        double Gain(PopulationStratum stratum)
        {
            var profile = AthleteSampler.Sample(stratum, Sex.Male, 24, null);
            var simulator = new AthleteSimulator(Daily);
            simulator.Reset(profile, new Rng(1), new Rng(2), new Rng(3));
            var habitual = SessionPrescription.Session(0.65, profile.HabitualDailyLoad * 7 / 6 / PhysiologyModel.TrimpPerMinute(0.65, Sex.Male),
                QualityMix.FromWeights(SportModel.HabitualMix(profile.Sport)));
            var hiit = SessionPrescription.Session(0.92, 40, QualityMix.PureAerobic, 0.5);
            for (var day = 0; day < 56; day++)
            {
                var slot = 6;
                foreach (var session in day % 7 == 6 ? [] : day % 7 is 1 or 3 or 5 ? new[] { habitual, hiit } : new[] { habitual })
                {
                    for (var left = session.DurationMinutes; left >= 1; left -= 20)
                        simulator.TrainSlot(slot++, session with { DurationMinutes = Math.Min(20, left) });
                }

                simulator.CloseDay();
            }

            return simulator.AerobicGain();
        }

        var general = Gain(new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation));
        var trained = Gain(new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Trained));
        var elite = Gain(new PopulationStratum(Sport.DistanceRunning, AthleteLevel.Elite));
        Assert.True(general > 2 * elite, $"general {general:P2}, elite {elite:P2}");
        Assert.True(trained > elite, $"trained {trained:P2}, elite {elite:P2}");
        // Milanović et al. 2015 (Sports Med 45:1469): HIIT raises VO2max by roughly 5–15 % in 4–16 weeks.
        Assert.InRange(general, 0.05, 0.20);
    }

    [Fact]
    public void Indoor_UsesMoreEnergyThanOutdoor()
    {
        double Energy(bool indoor)
        {
            var env = TrainingEnvironment.ForAthlete(AthleteSampler.Sample(PopulationSpec.University, new Rng(2)), Daily);
            var observation = env.Reset(5);
            var action = new double[8];
            ActionCodec.Encode(SessionPrescription.Session(0.7, 90, QualityMix.PureAerobic, indoor: indoor), 180, action);
            for (var d = 0; d < 7; d++) env.Step(action, observation);
            return env.Summary().EnergyKilowattHoursPerDay;
        }

        var indoorEnergy = Energy(true);
        var outdoorEnergy = Energy(false);
        // Outdoors: standby 30 + hot water 20 × 1.5 = 60 kWh a day.
        Assert.Equal(60, outdoorEnergy, 9);
        Assert.True(indoorEnergy > outdoorEnergy + 30, $"indoor {indoorEnergy}");
    }
}
