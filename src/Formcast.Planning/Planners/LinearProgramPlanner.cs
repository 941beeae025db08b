namespace Formcast.Planning;

/// <summary>
/// The reference study's LP baseline ("fixed cost functions and resource constraints for optimal resource allocation
/// within a single cycle"). Every Monday a linear program allocates the coming week's minutes to session templates
/// (easy, threshold, intervals, strength, speed/technique, match play), maximising the reward linearised at the start
/// of the week with the group-mean response (<see cref="ResponseModel"/>): fitness gain per quality as a concave
/// piecewise-linear function of the week's quality stimulus (four segments, the standard LP form of diminishing
/// returns), minus fatigue (each TRIMP costs β ÷ habitual daily load, what it adds to the relative-fatigue term over
/// its decay) and venue energy. Constraints: weekly load within +<see cref="WeeklyRamp"/> of the chronic load
/// (×0.6 in the final taper week) and at least 80 % of it; hard minutes at most 20 % of the week (polarised
/// training, Seiler 2010); at most six sessions (the relaxation Σ minutes ÷ session length ≤ 6), each no longer than
/// its template's limit nor above twice the chronic daily load. Solved with <see cref="SimplexSolver"/>. The minutes
/// are then cut into sessions and laid on the week's six training days, hard sessions first on alternate days;
/// outdoors when the Monday morning is between 5 and 22 °C (no hall energy), else in the hall.
/// </summary>
public sealed class LinearProgramPlanner : DailyPlanner
{
    private static readonly SessionKind[] Kinds = [SessionKind.Easy, SessionKind.Threshold, SessionKind.Intervals, SessionKind.Strength, SessionKind.Technique, SessionKind.MatchPlay];

    /// <summary>Longest sensible single session per template, minutes.</summary>
    private static readonly double[] MaxMinutes = [150, 60, 60, 75, 90, 100];

    private const int TrainingDays = 6;
    private const int Segments = 4;

    private readonly SessionPrescription[] _week = new SessionPrescription[7];
    private ResponseModel? _model;

    public double WeeklyRamp { get; init; } = 0.10;

    public override string Name => "linear-program";

    /// <summary>Status of the last weekly program.</summary>
    public LinearProgramStatus LastStatus { get; private set; }

    public override void BeginEpisode(EpisodeContext context)
    {
        base.BeginEpisode(context);
        _model = new ResponseModel(context.Athlete);
    }

    protected override SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation)
    {
        if (day % 7 == 0) PlanWeek(day, observation);
        return _week[day % 7];
    }

    private void PlanWeek(int day, ReadOnlySpan<double> observation)
    {
        var model = _model!;
        var options = Context.Options;
        var reward = options.Reward;
        var chronic = Math.Max(observation[ObservationLayout.ChronicLoad], 5);
        var taper = day >= options.HorizonDays - 7 ? 0.6 : 1.0;
        var temperature = observation[ObservationLayout.TemperatureC];
        var indoor = temperature is < 5 or > 22;
        var templates = Kinds.Select(k => SessionTemplates.Create(k, 1, model.Threshold, indoor)).ToArray();
        var load = templates.Select(t => SessionTemplates.LoadPerMinute(t, model.Sex)).ToArray();
        var sessionMinutes = Enumerable.Range(0, Kinds.Length).Select(s => Math.Max(10, Math.Min(MaxMinutes[s], 2 * chronic / load[s]))).ToArray();
        var qualities = TrainingQualities.Count;
        int Y(int q, int k) => Kinds.Length + (q * Segments) + k;

        // Objective: −(fatigue + energy) per minute of each template; + value per unit of each quality segment.
        var objective = new double[Kinds.Length + (qualities * Segments)];
        for (var s = 0; s < Kinds.Length; s++)
        {
            var fatigue = reward.Fatigue * load[s] / Math.Max(model.HabitualDailyLoad, 10);
            var energy = indoor
                ? reward.Energy * options.Venue.IndoorKilowatts(temperature, templates[s].Intensity, model.Vo2Max, model.BodyMassKg, templates[s].Mix.ConditioningShare, templates[s].WorkFraction)
                  / 60 / reward.EnergyKilowattHoursPerDay
                : 0;
            objective[s] = -(fatigue + energy);
        }

        var width = new double[qualities];
        for (var q = 0; q < qualities; q++)
        {
            width[q] = Math.Max(7 * model.HabitualDailyLoad * model.HabitualMix[q] * 0.5, 5);
            for (var k = 0; k < Segments; k++)
                objective[Y(q, k)] = reward.PerformanceGain / reward.GainPercentPerDay * model.GainPercent(q, k * width[q], (k + 1) * width[q]) / width[q];
        }

        var lp = new LinearProgram(objective);
        for (var q = 0; q < qualities; q++)
        {
            var qq = q;
            // Counted stimulus of quality q cannot exceed what the week's minutes produce.
            lp.Add(Enumerable.Range(0, Segments).Select(k => (Y(qq, k), 1.0))
                .Concat(Enumerable.Range(0, Kinds.Length).Select(s => (s, -model.StimulusPerMinute(templates[s], qq)))),
                ConstraintRelation.LessOrEqual, 0);
            for (var k = 0; k < Segments; k++) lp.Add([(Y(q, k), 1.0)], ConstraintRelation.LessOrEqual, width[q]);
        }

        var weekly = 7 * chronic * taper;
        var all = Enumerable.Range(0, Kinds.Length).Select(s => (s, load[s])).ToArray();
        lp.Add(all, ConstraintRelation.LessOrEqual, weekly * (1 + WeeklyRamp));
        lp.Add(all, ConstraintRelation.GreaterOrEqual, weekly * 0.8);
        lp.Add(Enumerable.Range(0, Kinds.Length).Select(s => (s, (SessionTemplates.IsHard(Kinds[s]) ? 1.0 : 0.0) - 0.2)), ConstraintRelation.LessOrEqual, 0);
        lp.Add(Enumerable.Range(0, Kinds.Length).Select(s => (s, 1 / sessionMinutes[s])), ConstraintRelation.LessOrEqual, TrainingDays);

        var result = SimplexSolver.Solve(lp);
        LastStatus = result.Status;
        Array.Fill(_week, SessionPrescription.RestDay);
        if (result.Status != LinearProgramStatus.Optimal)
        {
            for (var d = 0; d < TrainingDays; d++) _week[d] = SessionTemplates.Create(SessionKind.Easy, 45, model.Threshold, indoor);
            return;
        }

        // Cut each template's minutes into sessions of at most its length; hard sessions go first, on alternate days.
        var sessions = new List<(SessionKind Kind, SessionPrescription Session)>();
        foreach (var s in Enumerable.Range(0, Kinds.Length).OrderByDescending(s => SessionTemplates.IsHard(Kinds[s])).ThenBy(s => s))
        {
            var left = result.Solution[s];
            while (left >= 10)
            {
                var minutes = Math.Min(left, sessionMinutes[s]);
                sessions.Add((Kinds[s], SessionTemplates.Create(Kinds[s], minutes, model.Threshold, indoor)));
                left -= minutes;
            }
        }

        // More sessions than days (the session count is a relaxation): keep the longest. Then restore the 20 % hard
        // share, which dropping easy remainders can break, by shortening the hard sessions.
        if (sessions.Count > TrainingDays)
            sessions = [.. sessions.Select((x, i) => (x, i)).OrderByDescending(p => p.x.Session.DurationMinutes).Take(TrainingDays).OrderBy(p => p.i).Select(p => p.x)];
        var total = sessions.Sum(x => x.Session.DurationMinutes);
        var hardTotal = sessions.Where(x => SessionTemplates.IsHard(x.Kind)).Sum(x => x.Session.DurationMinutes);
        if (hardTotal > 0.2 * total)
        {
            var factor = 0.25 * (total - hardTotal) / hardTotal;
            sessions = [.. sessions.Select(x => SessionTemplates.IsHard(x.Kind) ? (x.Kind, x.Session with { DurationMinutes = x.Session.DurationMinutes * factor }) : x)
                .Where(x => x.Item2.DurationMinutes >= 10)];
        }

        int[] order = [1, 3, 5, 0, 2, 4];
        for (var i = 0; i < sessions.Count; i++) _week[order[i]] = sessions[i].Session;
    }
}
