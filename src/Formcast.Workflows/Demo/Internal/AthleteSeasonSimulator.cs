using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>
/// Walks one athlete day by day through the period. Hidden state: exponentially weighted load (42-day fitness,
/// 7-day fatigue, λ = 1 − e^(−1/N)) and a 7:28 EWMA acute:chronic ratio. From it follow the morning answers and
/// measurements (worse when fatigue exceeds fitness), HRV (ln rMSSD falls with relative fatigue and after hard
/// days, cf. Plews et al. 2013), resting heart rate (rises with fatigue), and the daily injury hazard (rises with
/// load spikes and fatigue, scaled by individual susceptibility). All parameters are listed in docs/demo-cohort.md.
/// </summary>
internal sealed class AthleteSeasonSimulator(DemoProfile profile, Athlete athlete, DemoCohortOptions options, Rng rng)
{
    private static readonly string[][] BodyParts =
    [
        ["hamstring", "hamstring", "calf", "hip flexor"],
        ["calf", "achilles tendon", "knee", "shin", "plantar fascia"],
        ["shoulder", "elbow", "lower back", "wrist"],
        ["ankle", "knee", "groin", "hamstring"],
        ["knee", "lower back", "ankle", "shoulder"],
    ];

    private static readonly string[] InjuryTypes = ["strain", "overuse", "sprain", "tendinopathy", "contusion"];

    private readonly List<Activity> _activities = [];
    private readonly List<SessionRpe> _ratings = [];
    private readonly List<WellnessEntry> _wellness = [];
    private readonly List<Injury> _injuries = [];
    private readonly List<PerformanceTest> _tests = [];
    private readonly List<RaceResult> _races = [];

    public DemoAthlete Run()
    {
        var lambdaFitness = 1 - Math.Exp(-1 / 42.0);
        var lambdaFatigue = 1 - Math.Exp(-1 / 7.0);
        var typicalDailyLoad = 330 * profile.LoadScale * (profile.Sport == Sport.GeneralFitness ? 0.45 : 1.0);
        double fitness = typicalDailyLoad, fatigue = typicalDailyLoad, acute = typicalDailyLoad, chronic = typicalDailyLoad;
        var injuredDays = 0;
        var returningDays = 0;
        var travelDays = 0;
        var zone = athlete.TimeZone;

        for (var d = 0; d < options.Days; d++)
        {
            var day = options.StartDate.AddDays(d);
            var week = d / 7;
            var load = 0.0;
            var template = WeeklyTemplates.For(profile.Sport, day.DayOfWeek);
            var relativeFatigue = (fatigue - fitness) / (fitness + 150);

            if (injuredDays > 0)
            {
                injuredDays--;
                if (injuredDays == 0) returningDays = 10;
            }
            else if (template is not null && rng.NextDouble() < template.Probability * (profile.Sport == Sport.GeneralFitness ? 0.88 : 0.96))
            {
                var scale = WeeklyTemplates.BlockMultiplier(week) * profile.LoadScale * (returningDays > 0 ? 0.55 : 1.0);
                var minutes = Math.Round(template.Minutes * scale * (0.9 + (0.2 * rng.NextDouble())));
                var intensity = template.Intensity + (0.03 * rng.NextGaussian());
                var hour = profile.Sport == Sport.GeneralFitness ? 17 + rng.NextInt(3) : 8 + rng.NextInt(9);
                var local = day.ToDateTime(new TimeOnly(hour, rng.NextInt(4) * 15));
                var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
                var fatigueBpm = 6 * Math.Max(0, relativeFatigue);
                var session = SessionSimulator.Simulate(profile, athlete.Id, template, start, minutes, intensity, fatigueBpm, rng);
                _activities.Add(session.Activity);

                // Borg CR-10 rating tracks the mean fraction of heart-rate reserve (Foster et al. 2001 report r ≈ 0.75–0.90
                // between session RPE and HR-based load); sessions with heavy resistance work feel harder than their HR.
                var effort = session.MeanFractionOfReserve + (template.Kind is SessionKind.Strength or SessionKind.Sprints ? 0.12 : 0);
                var rpe = Math.Clamp(Math.Round(1 + (11 * (effort - 0.3)) + (0.7 * rng.NextGaussian())), 1, 10);
                load = rpe * minutes;
                if (rng.NextDouble() < profile.RpeCompliance)
                {
                    _ratings.Add(new SessionRpe
                    {
                        AthleteId = athlete.Id, Date = day, Rpe = rpe, DurationMinutes = minutes, ActivityId = session.Activity.Id,
                        SessionType = template.Label,
                    });
                }

                if (returningDays > 0) returningDays--;
            }

            fitness += lambdaFitness * (load - fitness);
            fatigue += lambdaFatigue * (load - fatigue);
            acute += 0.25 * (load - acute);
            chronic += (2.0 / 29.0) * (load - chronic);
            var acwr = acute / Math.Max(chronic, 1);
            relativeFatigue = (fatigue - fitness) / (fitness + 150);

            RecordMorning(day.AddDays(1), relativeFatigue, load / Math.Max(fitness, 50), ref travelDays);
            if (injuredDays == 0 && d < options.Days - 1)
            {
                var hazard = 9e-4 * profile.InjurySusceptibility * Math.Exp((1.5 * Math.Max(0, acwr - 1.2)) + (1.0 * Math.Max(0, relativeFatigue)));
                if (rng.NextDouble() < hazard) injuredDays = RecordInjury(day.AddDays(1));
            }

            RecordTests(day, d, relativeFatigue);
        }

        return new DemoAthlete(athlete, _activities, _ratings, _wellness.Where(w => w.Date <= options.EndDate).ToList(), _injuries, _tests, _races);
    }

    private void RecordMorning(DateOnly morning, double relativeFatigue, double dayLoadRatio, ref int travelDays)
    {
        if (travelDays > 0)
        {
            travelDays--;
            return;
        }

        if (rng.NextDouble() < 0.012)
        {
            // Travel or exam weeks: a run of unanswered mornings.
            travelDays = 2 + rng.NextInt(6);
            return;
        }

        var weekend = morning.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (rng.NextDouble() > profile.WellnessCompliance * (weekend ? 0.85 : 1.0)) return;

        var r = relativeFatigue;
        var hard = Math.Max(0, dayLoadRatio - 1);
        double Scale(double mean, double sd) => Math.Clamp(Math.Round(mean + (sd * rng.NextGaussian())), 1, 5);
        var sleep = Math.Round(Math.Clamp(7.3 + (weekend ? 0.6 : 0) - (0.6 * Math.Max(0, r)) + (0.7 * rng.NextGaussian()), 3.5, 11), 1);
        var fatigueScore = Scale(3.7 - (2.2 * r) - (0.4 * hard), 0.6);
        var soreness = Scale(3.8 - (1.6 * r) - (0.8 * hard), 0.6);
        var stress = Scale(3.5 - (0.6 * r), 0.8);
        var mood = Scale(3.6 - (1.0 * r), 0.6);
        var motivation = Scale(3.7 - (0.8 * r), 0.7);
        var readiness = Math.Clamp(Math.Round(((fatigueScore + soreness + mood + motivation) / 4 * 2) + (0.6 * rng.NextGaussian())), 0, 10);
        var lnRmssd = profile.LnRmssdBaseline - (0.35 * r) - (0.06 * hard) - (0.04 * Math.Max(0, 7 - sleep)) + (0.08 * rng.NextGaussian());
        var restingHr = Math.Round(profile.RestingHeartRateBpm + (5 * r) + (2 * hard) + (1.5 * rng.NextGaussian()));
        _wellness.Add(new WellnessEntry
        {
            AthleteId = athlete.Id,
            Date = morning,
            SleepDurationHours = sleep,
            SleepQuality = Scale(3.6 - (0.5 * Math.Max(0, r)) + ((sleep - 7.3) * 0.4), 0.7),
            Fatigue = fatigueScore,
            Soreness = soreness,
            Stress = stress,
            Mood = mood,
            Motivation = motivation,
            Readiness = readiness,
            RestingHeartRateBpm = restingHr,
            Hrv = new HrvMeasurement(Math.Round(Math.Exp(lnRmssd), 1), HrvMetric.Rmssd, "morning-chest-strap"),
        });
    }

    private int RecordInjury(DateOnly onset)
    {
        var parts = BodyParts[profile.Sport switch
        {
            Sport.Sprinting => 0,
            Sport.DistanceRunning => 1,
            Sport.Throwing => 2,
            Sport.BallGame => 3,
            _ => 4,
        }];
        var timeLoss = (int)Math.Clamp(Math.Round(Math.Exp(Math.Log(9) + (0.6 * rng.NextGaussian()))), 1, 60);
        _injuries.Add(new Injury
        {
            Id = new InjuryId(DemoIds.Next(rng)),
            AthleteId = athlete.Id,
            OnsetDate = onset,
            BodyPart = parts[rng.NextInt(parts.Length)],
            Type = InjuryTypes[rng.NextInt(InjuryTypes.Length)],
            TimeLossDays = timeLoss,
            Severity = Injury.SeverityFor(timeLoss),
            Details = "reported to the coach after training",
        });
        return timeLoss;
    }

    private void RecordTests(DateOnly day, int dayIndex, double relativeFatigue)
    {
        var female = profile.Sex == Sex.Female;
        // Capacity improves over the season with the response to training, and is blunted on fatigued days.
        var gain = 1 + (0.04 * profile.ResponseToTraining * dayIndex / options.Days) - (0.01 * Math.Max(0, relativeFatigue));
        var noise = rng.NextGaussian();
        var monthly = dayIndex % 28 == 6;
        var first = dayIndex == 3;
        var last = dayIndex == options.Days - 4;
        void Add(PerformanceTestKind kind, double value, int digits) => _tests.Add(new PerformanceTest
        {
            AthleteId = athlete.Id, Date = day, Kind = kind, Value = Math.Round(value, digits), Unit = PerformanceTestKinds.UnitOf(kind),
        });

        switch (profile.Sport)
        {
            case Sport.Sprinting when monthly:
                Add(PerformanceTestKind.Sprint30m, ((female ? 4.55 : 4.05) / gain) + (0.04 * noise), 2);
                Add(PerformanceTestKind.CountermovementJump, ((female ? 34 : 45) * gain) + (1.2 * rng.NextGaussian()), 1);
                break;
            case Sport.Throwing when monthly:
                Add(PerformanceTestKind.ThrowDistance, ((female ? 13.0 : 15.8) * gain) + (0.3 * noise), 2);
                break;
            case Sport.BallGame when monthly:
                Add(PerformanceTestKind.YoYoIntermittentRecovery1, Math.Round((((female ? 1200 : 1800) * gain) + (80 * noise)) / 40) * 40, 0);
                Add(PerformanceTestKind.CountermovementJump, ((female ? 30 : 40) * gain) + (1.2 * rng.NextGaussian()), 1);
                break;
            case Sport.DistanceRunning or Sport.GeneralFitness when first || last:
                Add(PerformanceTestKind.Vo2Max, (profile.Vo2MaxMlPerKgPerMin * gain) + (1.0 * noise), 1);
                break;
        }

        if (profile.Sport == Sport.DistanceRunning && (dayIndex == options.Days / 3 || dayIndex == (options.Days * 5) / 6))
        {
            var distance = dayIndex < options.Days / 2 ? 5000.0 : 10000.0;
            var seconds = RaceTime(distance, profile.Vo2MaxMlPerKgPerMin * 0.97 * gain) * (1 + (0.01 * rng.NextGaussian()));
            _races.Add(new RaceResult
            {
                AthleteId = athlete.Id, Date = day, DistanceMeters = distance, TimeSeconds = Math.Round(seconds),
                Name = distance == 5000 ? "University 5000 m" : "City 10 km", TemperatureCelsius = Math.Round(14 + (12 * rng.NextDouble())),
                RelativeHumidityPercent = Math.Round(40 + (40 * rng.NextDouble())),
            });
        }

    }

    /// <summary>Race time for a VDOT by the Daniels/Gilbert equations (VO2 cost of speed ÷ sustainable fraction of
    /// VO2max over the duration), solved by bisection.</summary>
    internal static double RaceTime(double distanceMeters, double vdot)
    {
        static double Vdot(double distance, double seconds)
        {
            var minutes = seconds / 60;
            var v = distance / minutes;
            var cost = -4.60 + (0.182258 * v) + (0.000104 * v * v);
            var fraction = 0.8 + (0.1894393 * Math.Exp(-0.012778 * minutes)) + (0.2989558 * Math.Exp(-0.1932605 * minutes));
            return cost / fraction;
        }

        double low = distanceMeters / 10, high = distanceMeters / 1.5;
        for (var i = 0; i < 100; i++)
        {
            var mid = (low + high) / 2;
            if (Vdot(distanceMeters, mid) > vdot) low = mid;
            else high = mid;
        }

        return (low + high) / 2;
    }
}
