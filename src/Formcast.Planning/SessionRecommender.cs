using System.Globalization;
using System.Text;
using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// Today's session and the coming week for a real athlete, from any planner (a PPO policy via
/// <see cref="PolicyPlanner"/> or a classic planner). The athlete's recorded days start a simulated individual
/// (group-mean response for their sport and level, their own heart rates, VO2max, habitual load and HRV), the planner
/// proposes each day from that state, every proposal passes the <see cref="SafetyLimits"/>, coach-set sessions
/// replace proposals on their dates, and the accepted plan is rolled forward to forecast the next day's state.
/// Each session carries heart-rate (and, where known, pace and power) targets and a plain-language reason.
/// </summary>
public sealed class SessionRecommender
{
    private const int WeekDays = 7;

    public SessionRecommender(ITrainingPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(planner);
        Planner = planner;
    }

    public ITrainingPlanner Planner { get; }

    /// <summary>Recommends today's session and the coming week.</summary>
    public Recommendation Recommend(RecommendationRequest request) => Run(request, null, null);

    /// <summary>What-if: forecasts the week under sessions the coach proposes (one per day, today first; null days
    /// are filled by the planner), with the same safety limits and coach-set sessions applied.</summary>
    public Recommendation WhatIf(RecommendationRequest request, IReadOnlyList<SessionPrescription?> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Run(request, plan, null);
    }

    /// <summary>What-if with sessions written as a coach writes them (type and minutes; null days are filled by the
    /// planner); each becomes a prescription at the athlete's own threshold (<see cref="SessionTargets.FromPlanned"/>).</summary>
    public Recommendation WhatIf(RecommendationRequest request, IReadOnlyList<PlannedSession?> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Run(request, null, plan);
    }

    /// <summary>The same request through several planners, for side-by-side comparison.</summary>
    public static IReadOnlyList<Recommendation> Compare(RecommendationRequest request, IEnumerable<ITrainingPlanner> planners)
    {
        ArgumentNullException.ThrowIfNull(planners);
        return [.. planners.Select(p => new SessionRecommender(p).Recommend(request))];
    }

    private Recommendation Run(RecommendationRequest request, IReadOnlyList<SessionPrescription?>? plan, IReadOnlyList<PlannedSession?>? ideas)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Limits.Validate();
        var history = History.From(request);
        var profile = history.Profile;
        var options = new EnvironmentOptions { Mode = DecisionMode.Daily, HorizonDays = WeekDays };
        var plannerOptions = options with { HorizonDays = Math.Max(request.BlockDays, request.BlockDay + WeekDays) };
        var seed = (ulong)request.Athlete.Id.GetHashCode() ^ (ulong)request.Today.DayNumber;
        var env = TrainingEnvironment.FromHistory(profile, options, history.Loads, history.NextMorningLnRmssd);
        var observation = new double[ObservationLayout.Dimension];
        var action = new double[ActionCodec.Dimension];
        env.Reset(seed, observation);
        Planner.BeginEpisode(new EpisodeContext(env.Context.Athlete, plannerOptions, seed));

        var loads = new List<double>(history.Loads);
        var state = history.State;
        var week = new List<PlannedSession>();
        var forecast = new List<DayForecast>();
        for (var d = 0; d < WeekDays; d++)
        {
            var date = request.Today.AddDays(d);
            var blockDay = request.BlockDay + d;
            observation[ObservationLayout.Progress] = Math.Min(1, (double)blockDay / plannerOptions.HorizonDays);
            Planner.Act(blockDay, 0, observation, action);
            SessionPrescription? idea = plan is not null && d < plan.Count ? plan[d]
                : ideas is not null && d < ideas.Count && ideas[d] is { } written ? SessionTargets.FromPlanned(written, profile.ThresholdReserveFraction) : null;
            var proposed = idea ?? ActionCodec.Decode(action, options.MaxSessionMinutes);
            var notes = new List<string>();
            var session = Safety.Apply(proposed, request, profile, loads, state, date, notes);
            var coach = request.CoachSessions.FirstOrDefault(c => c.Date == date && c.AthleteId == request.Athlete.Id);
            PlannedSession planned;
            if (coach is not null)
            {
                if (!Safety.IsSafe(proposed, session)) notes.Add("the safety limits would have changed the planner's session");
                if (state.ActiveInjury is not null && coach.Intensity != SessionIntensity.Rest) notes.Add("kept despite the reported injury");
                planned = coach with
                {
                    IsCoachOverride = true,
                    Planner = string.IsNullOrEmpty(coach.Planner) ? "coach" : coach.Planner,
                    Reason = string.IsNullOrEmpty(coach.Reason) ? $"Set by the coach; coach sessions always replace planned ones{Suffix(notes)}." : coach.Reason,
                };
                session = SessionTargets.FromPlanned(coach, profile.ThresholdReserveFraction);
            }
            else
            {
                planned = ToPlanned(request, profile, session, date, idea is not null ? "what-if" : Planner.Name,
                    Explain(session, profile, state, notes, Planner.Name, idea is not null));
            }

            ActionCodec.Encode(session, options.MaxSessionMinutes, action);
            var step = env.Step(action, observation);
            loads.Add(step.Info.Load);
            state = History.Advance(state, observation);
            week.Add(planned);
            forecast.Add(new DayForecast(date, step.Info.Load, step.Info.Fatigue, observation[ObservationLayout.AcuteLoad] / Math.Max(observation[ObservationLayout.ChronicLoad], 1e-9),
                step.Info.InjuryProbability, step.Info.PerformanceIndex));
        }

        return new Recommendation { Today = week[0], Week = week, Planner = Planner.Name, State = history.State, Forecast = forecast };
    }

    private static PlannedSession ToPlanned(RecommendationRequest request, AthleteProfile profile, in SessionPrescription session, DateOnly date, string planner, string reason)
    {
        var intensity = SessionTargets.Classify(session, profile.ThresholdReserveFraction);
        var rest = session.IsRest;
        var conditioning = !rest && session.Mix.ConditioningShare >= 0.5;
        var thresholds = request.Athlete.ThresholdsOn(date);
        return new PlannedSession
        {
            AthleteId = request.Athlete.Id,
            Date = date,
            Intensity = intensity,
            DurationMinutes = rest ? 0 : Math.Round(session.DurationMinutes),
            PlannedLoad = rest ? 0 : Math.Round(session.DurationMinutes * SessionTemplates.LoadPerMinute(session, profile.Sex), 1),
            HeartRateBpm = rest ? null : SessionTargets.HeartRateRange(session.Intensity, profile.RestingHeartRateBpm, profile.MaxHeartRateBpm),
            PaceSecondsPerKm = conditioning && SportModel.RunningBased(request.Athlete.Sport) && thresholds?.Vo2MaxMlPerKgPerMin is { } vo2
                ? SessionTargets.PaceRange(session.Intensity, vo2)
                : null,
            PowerWatts = conditioning && thresholds?.ThresholdPowerWatts is { } watts
                ? SessionTargets.PowerRange(session.Intensity, profile.ThresholdReserveFraction, watts)
                : null,
            Planner = planner,
            Reason = reason,
        };
    }

    private static string Explain(in SessionPrescription session, AthleteProfile profile, AthleteStateSummary state, List<string> notes, string planner, bool fromCoachIdea)
    {
        var text = new StringBuilder();
        var kind = SessionTargets.Classify(session, profile.ThresholdReserveFraction);
        text.Append(CultureInfo.InvariantCulture, $"{(fromCoachIdea ? "What-if session" : $"Proposed by {planner}")}: ");
        text.Append(session.IsRest ? "rest" : string.Create(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant()} {Math.Round(session.DurationMinutes):0} min{(session.Indoor ? "" : " outdoors")}"));
        text.Append(CultureInfo.InvariantCulture, $". Last 7 days' load {state.LastWeekLoad:0}, acute:chronic {state.AcuteChronicRatio:0.00}, monotony {state.Monotony:0.0}");
        if (double.IsFinite(state.LnRmssd7DayMean) && double.IsFinite(state.LnRmssdBandLow))
        {
            var where = state.LnRmssd7DayMean < state.LnRmssdBandLow ? "below" : state.LnRmssd7DayMean > state.LnRmssdBandHigh ? "above" : "inside";
            text.Append(CultureInfo.InvariantCulture, $"; HRV 7-day mean ln rMSSD {state.LnRmssd7DayMean:0.00} {where} your normal band {state.LnRmssdBandLow:0.00}–{state.LnRmssdBandHigh:0.00}");
        }

        if (double.IsFinite(state.Mood)) text.Append(CultureInfo.InvariantCulture, $"; mood {state.Mood:0.#}/5");
        text.Append('.');
        if (notes.Count > 0) text.Append(' ').Append(string.Join(" ", notes.Select(n => char.ToUpperInvariant(n[0]) + n[1..] + ".")));
        return text.ToString();
    }

    private static string Suffix(List<string> notes) => notes.Count == 0 ? "" : " (" + string.Join("; ", notes) + ")";

    /// <summary>The hard limits, applied in a fixed order; each change adds a note saying why.</summary>
    private static class Safety
    {
        public static bool IsSafe(in SessionPrescription proposed, in SessionPrescription accepted) =>
            proposed.IsRest == accepted.IsRest && Math.Abs(proposed.DurationMinutes - accepted.DurationMinutes) < 0.5 && Math.Abs(proposed.Intensity - accepted.Intensity) < 1e-9;

        public static SessionPrescription Apply(in SessionPrescription proposed, RecommendationRequest request, AthleteProfile profile, List<double> loads,
            AthleteStateSummary state, DateOnly date, List<string> notes)
        {
            var limits = request.Limits;
            var session = proposed;
            if (session.IsRest) return SessionPrescription.RestDay;

            var injury = request.Injuries.Where(i => i.AthleteId == request.Athlete.Id && i.OnsetDate <= date)
                .FirstOrDefault(i => i.TimeLossDays > 0 ? date < i.OnsetDate.AddDays(i.TimeLossDays) : date <= i.OnsetDate.AddDays(7));
            if (injury is not null)
            {
                if (injury.TimeLossDays > 0)
                {
                    notes.Add($"rest: {injury.BodyPart} {injury.Type} reported on {injury.OnsetDate:yyyy-MM-dd} with {injury.TimeLossDays} days out");
                    return SessionPrescription.RestDay;
                }

                notes.Add($"kept easy and short because of the {injury.BodyPart} {injury.Type} reported on {injury.OnsetDate:yyyy-MM-dd}");
                session = SessionTemplates.Create(SessionKind.Easy, Math.Min(session.DurationMinutes, limits.InjuredEasyMinutes), profile.ThresholdReserveFraction, session.Indoor) with { Intensity = 0.55 };
            }

            var consecutive = 0;
            for (var i = loads.Count - 1; i >= 0 && loads[i] > 0; i--) consecutive++;
            if (consecutive >= limits.MaxConsecutiveTrainingDays)
            {
                notes.Add($"rest: {consecutive} training days in a row (limit {limits.MaxConsecutiveTrainingDays})");
                return SessionPrescription.RestDay;
            }

            if (limits.HrvGuard && state.HrvOutsideBand && session.Intensity > profile.ThresholdReserveFraction - 0.1)
            {
                notes.Add("made easy because HRV is outside its normal band (hard sessions only inside it, Vesterinen et al. 2016)");
                session = SessionTemplates.Create(SessionKind.Easy, session.DurationMinutes, profile.ThresholdReserveFraction, session.Indoor);
            }

            if (session.DurationMinutes > limits.MaxSessionMinutes)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"shortened to the {limits.MaxSessionMinutes:0}-min session limit"));
                session = session with { DurationMinutes = limits.MaxSessionMinutes };
            }

            var perMinute = SessionTemplates.LoadPerMinute(session, profile.Sex);
            var lastSix = loads.Skip(Math.Max(0, loads.Count - 6)).Sum();
            var previousWeek = loads.Skip(Math.Max(0, loads.Count - 13)).Take(Math.Max(0, Math.Min(7, loads.Count - 6))).Sum();
            var chronic = Math.Max(state.ChronicLoad, 10);
            var weekCap = (1 + limits.MaxWeeklyRamp) * Math.Max(previousWeek, 7 * chronic);
            var dayCap = Math.Min(limits.MaxDailyLoadRatio * chronic, Math.Max(0, weekCap - lastSix));
            if (perMinute > 0 && session.DurationMinutes * perMinute > dayCap)
            {
                var minutes = Math.Floor(dayCap / perMinute);
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"capped at {Math.Max(0, minutes):0} min to keep this week's load within +{limits.MaxWeeklyRamp * 100:0} % of last week's and the day within {limits.MaxDailyLoadRatio:0.#}× the chronic daily load"));
                if (minutes < 10) return SessionPrescription.RestDay;
                session = session with { DurationMinutes = minutes };
            }

            return session;
        }
    }

    /// <summary>The request's recorded days turned into the simulator's inputs and a state summary.</summary>
    private sealed class History
    {
        private History(AthleteProfile profile, double[] loads, double[] nextMorning, AthleteStateSummary state)
        {
            Profile = profile;
            Loads = loads;
            NextMorningLnRmssd = nextMorning;
            State = state;
        }

        public AthleteProfile Profile { get; }

        public double[] Loads { get; }

        /// <summary>Element d is the ln rMSSD measured the morning after history day d (NaN when missing).</summary>
        public double[] NextMorningLnRmssd { get; }

        public AthleteStateSummary State { get; }

        public static History From(RecommendationRequest request)
        {
            var athlete = request.Athlete;
            var first = request.Today.AddDays(-Math.Max(7, request.HistoryDays));
            var count = request.Today.DayNumber - first.DayNumber;
            var loads = new double[count];
            foreach (var day in request.Days.Where(d => d.AthleteId == athlete.Id && d.Date >= first && d.Date < request.Today))
                loads[day.Date.DayNumber - first.DayNumber] += Math.Max(0, double.IsFinite(day.Load) ? day.Load : 0);
            var wellness = request.Wellness.Where(w => w.AthleteId == athlete.Id && w.Date > first && w.Date <= request.Today).ToDictionary(w => w.Date);
            var nextMorning = new double[count];
            var hrvSeries = new List<double>();
            for (var d = 0; d < count; d++)
            {
                var morning = first.AddDays(d + 1);
                nextMorning[d] = wellness.TryGetValue(morning, out var w) && w.Hrv is { Metric: HrvMetric.Rmssd, ValueMs: > 0 } hrv ? Math.Log(hrv.ValueMs) : double.NaN;
                if (double.IsFinite(nextMorning[d])) hrvSeries.Add(nextMorning[d]);
            }

            var age = athlete.AgeIn(request.Today.Year) ?? 25;
            var thresholds = athlete.ThresholdsOn(request.Today);
            var mean = AthleteSampler.Sample(new PopulationStratum(athlete.Sport, athlete.Level), athlete.Sex, Math.Clamp(age, 10, 85), null);
            var restingFromWellness = wellness.Values.Where(w => w.RestingHeartRateBpm is not null).Select(w => w.RestingHeartRateBpm!.Value).DefaultIfEmpty(double.NaN).Average();
            var resting = thresholds?.RestingHeartRateBpm ?? (double.IsFinite(restingFromWellness) ? restingFromWellness : mean.RestingHeartRateBpm);
            var max = thresholds?.MaxHeartRateBpm ?? mean.MaxHeartRateBpm;
            var threshold = thresholds?.ThresholdHeartRateBpm is { } lthr && max > resting ? Math.Clamp((lthr - resting) / (max - resting), 0.5, 0.95) : mean.ThresholdReserveFraction;
            var moods = wellness.Values.Where(w => w.Mood is not null).OrderBy(w => w.Date).Select(w => w.Mood!.Value).ToArray();
            var habitual = loads.Skip(Math.Max(0, count - 28)).Average();
            var profile = mean with
            {
                RestingHeartRateBpm = Math.Clamp(resting, 30, 110),
                MaxHeartRateBpm = Math.Clamp(Math.Max(max, resting + 41), 100, 230),
                Vo2MaxMlPerKgPerMin = Math.Clamp(thresholds?.Vo2MaxMlPerKgPerMin ?? mean.Vo2MaxMlPerKgPerMin, 15, 95),
                BodyMassKg = Math.Clamp(thresholds?.BodyMassKg ?? mean.BodyMassKg, 25, 200),
                ThresholdReserveFraction = threshold,
                ThresholdPaceSecondsPerKm = thresholds?.ThresholdPaceSecondsPerKm ?? mean.ThresholdPaceSecondsPerKm,
                ThresholdPowerWatts = thresholds?.ThresholdPowerWatts ?? mean.ThresholdPowerWatts,
                HabitualDailyLoad = Math.Min(habitual, 600),
                LnRmssdBaseline = hrvSeries.Count > 0 ? Math.Clamp(hrvSeries.Average(), 1.5, 6) : mean.LnRmssdBaseline,
                BaselineMood = moods.Length > 0 ? Math.Clamp(moods.Average(), 1, 5) : mean.BaselineMood,
                Origin = $"athlete {athlete.Handle}",
            };
            profile.Validate();

            double bandLow = double.NaN, bandHigh = double.NaN;
            // Vesterinen et al. 2016: the normal band is the baseline mean ± 0.5 SD of the daily values; at least 14 readings.
            if (hrvSeries.Count >= 14)
            {
                var hrvMean = hrvSeries.Average();
                var sd = Math.Sqrt(hrvSeries.Sum(v => (v - hrvMean) * (v - hrvMean)) / (hrvSeries.Count - 1));
                bandLow = hrvMean - (request.Limits.HrvBandSd * sd);
                bandHigh = hrvMean + (request.Limits.HrvBandSd * sd);
            }

            var activeInjury = request.Injuries.Where(i => i.AthleteId == athlete.Id && i.OnsetDate <= request.Today)
                .FirstOrDefault(i => i.TimeLossDays > 0 ? request.Today < i.OnsetDate.AddDays(i.TimeLossDays) : request.Today <= i.OnsetDate.AddDays(7));
            var state = Summarize(loads, hrvSeries, bandLow, bandHigh, moods.Length > 0 ? moods[^1] : double.NaN, activeInjury);
            return new History(profile, loads, nextMorning, state);
        }

        /// <summary>The state after one more (forecast) day, read from the simulator's next-morning observation.</summary>
        public static AthleteStateSummary Advance(AthleteStateSummary previous, ReadOnlySpan<double> observation) =>
            previous with
            {
                AcuteLoad = observation[ObservationLayout.AcuteLoad],
                ChronicLoad = observation[ObservationLayout.ChronicLoad],
                AcuteChronicRatio = observation[ObservationLayout.AcuteLoad] / Math.Max(observation[ObservationLayout.ChronicLoad], 1e-9),
                Monotony = observation[ObservationLayout.Monotony],
                LnRmssd7DayMean = double.IsFinite(previous.LnRmssd7DayMean) ? observation[ObservationLayout.LnRmssd7DayMean] : double.NaN,
            };

        private static AthleteStateSummary Summarize(double[] loads, List<double> hrv, double bandLow, double bandHigh, double mood, Injury? injury)
        {
            double acute = loads.Length > 0 ? loads.Take(Math.Min(7, loads.Length)).Average() : 0, chronic = acute;
            foreach (var load in loads)
            {
                acute = (PhysiologyModel.AcuteLambda * load) + ((1 - PhysiologyModel.AcuteLambda) * acute);
                chronic = (PhysiologyModel.ChronicLambda * load) + ((1 - PhysiologyModel.ChronicLambda) * chronic);
            }

            var last7 = loads.Skip(Math.Max(0, loads.Length - 7)).ToArray();
            var hrv7 = hrv.Count > 0 ? hrv.Skip(Math.Max(0, hrv.Count - 7)).Average() : double.NaN;
            return new AthleteStateSummary(acute, chronic, chronic > 0 ? acute / chronic : double.NaN, PhysiologyModel.Monotony(last7), last7.Sum(),
                hrv7, bandLow, bandHigh, mood, injury);
        }
    }
}
