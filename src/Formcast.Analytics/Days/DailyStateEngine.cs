using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// The one day-by-day recursion behind both full and incremental computation: a full run starts from zero state, an
/// incremental run from the state restored out of the stored athlete-days before the first day. Both then execute the
/// same arithmetic in the same order, so their results agree bit for bit.
/// </summary>
internal sealed class DailyStateEngine
{
    private readonly DailyStateOptions _options;
    private readonly string _provenance;
    private readonly double _fitnessLambda, _fatigueLambda, _acuteLambda, _chronicLambda;
    private readonly double[] _loads = new double[DailyStateOptions.RollingChronicDays];
    private readonly double[] _fitnessHistory;
    private double _fitness, _fatigue, _ewmaAcute, _ewmaChronic;
    private int _historyDays;

    public DailyStateEngine(DailyStateOptions options, string provenance)
    {
        _options = options;
        _provenance = provenance;
        _fitnessLambda = FitnessFatigue.Lambda(options.Weighting, options.FitnessDays);
        _fatigueLambda = FitnessFatigue.Lambda(options.Weighting, options.FatigueDays);
        _acuteLambda = AcuteChronicWorkloadRatio.EwmaLambda(options.EwmaAcuteDays);
        _chronicLambda = AcuteChronicWorkloadRatio.EwmaLambda(options.EwmaChronicDays);
        _fitnessHistory = new double[options.RampDays + 1];
    }

    /// <summary>Restores the state at the end of the last stored day (see <see cref="AthleteDayCalculator.Continue"/>).</summary>
    public void Restore(IReadOnlyList<AthleteDay> stored)
    {
        var last = stored[^1];
        _fitness = last.Fitness ?? throw new ArgumentException($"stored day {last.Date:yyyy-MM-dd} has no fitness", nameof(stored));
        _fatigue = last.Fatigue ?? throw new ArgumentException($"stored day {last.Date:yyyy-MM-dd} has no fatigue", nameof(stored));
        _ewmaAcute = Metric(last, MetricNames.EwmaAcute);
        _ewmaChronic = Metric(last, MetricNames.EwmaChronic);
        _historyDays = (int)Metric(last, MetricNames.LoadHistoryDays);
        for (var k = 1; k <= _loads.Length && k <= stored.Count; k++) _loads[^k] = stored[^k].Load;
        for (var k = 1; k <= _fitnessHistory.Length && k <= stored.Count; k++) _fitnessHistory[^k] = stored[^k].Fitness ?? 0;
    }

    public AthleteDay Step(AthleteId athleteId, DateOnly date, ReadOnlySpan<SessionLoad> sessions, bool declaredRest, ReadinessResult readiness)
    {
        double load = 0, minutes = 0, trimp = 0, edwards = 0, rpe = 0;
        bool anyTrimp = false, anyEdwards = false, anyRpe = false, unrated = false;
        var source = LoadSource.None;
        foreach (var s in sessions)
        {
            load += s.Load;
            minutes += s.DurationMinutes;
            if (s.BanisterTrimp is { } t) (trimp, anyTrimp) = (trimp + t, true);
            if (s.EdwardsTrimp is { } e) (edwards, anyEdwards) = (edwards + e, true);
            if (s.SessionRpeLoad is { } r) (rpe, anyRpe) = (rpe + r, true);
            if (s.Source == LoadSource.None) unrated = true;
            else source = source == LoadSource.None || source == s.Source ? s.Source : LoadSource.Mixed;
        }

        var previousForm = _fitness - _fatigue;
        _fitness = FitnessFatigue.Step(_fitness, load, _fitnessLambda);
        _fatigue = FitnessFatigue.Step(_fatigue, load, _fatigueLambda);
        _ewmaAcute = FitnessFatigue.Step(_ewmaAcute, load, _acuteLambda);
        _ewmaChronic = FitnessFatigue.Step(_ewmaChronic, load, _chronicLambda);
        Push(_loads, load);
        Push(_fitnessHistory, _fitness);
        _historyDays++;

        var last7 = _loads.AsSpan(_loads.Length - 7);
        double? rampRate = _historyDays > _options.RampDays ? _fitness - _fitnessHistory[0] : null;
        var fullWindow = _historyDays >= DailyStateOptions.RollingChronicDays;
        var fullWeek = _historyDays >= 7;
        var status = sessions.Length > 0 ? DayStatus.Trained : declaredRest ? DayStatus.RestDay : DayStatus.NotRecorded;

        var flags = readiness.Flags;
        if (_historyDays < _options.ShortHistoryDays) flags |= DayQualityFlags.ShortLoadHistory;
        if (unrated) flags |= DayQualityFlags.UnratedSession;

        var metrics = new MetricSet.Builder(12 + readiness.Metrics.Count);
        metrics.Set(MetricNames.Load7Days, Stats.Sum(last7));
        metrics.Set(MetricNames.Load28Days, Stats.Sum(_loads));
        metrics.Set(MetricNames.LoadHistoryDays, _historyDays);
        metrics.Set(MetricNames.EwmaAcute, _ewmaAcute);
        metrics.Set(MetricNames.EwmaChronic, _ewmaChronic);
        metrics.Set(MetricNames.FormEndOfDay, _fitness - _fatigue);
        if (anyTrimp) metrics.Set(MetricNames.BanisterTrimp, trimp);
        if (anyEdwards) metrics.Set(MetricNames.EdwardsTrimp, edwards);
        if (anyRpe) metrics.Set(MetricNames.SessionRpeLoad, rpe);
        foreach (var (name, value) in readiness.Metrics) metrics.Set(name, value);

        return new AthleteDay
        {
            AthleteId = athleteId,
            Date = date,
            Status = status,
            Load = load,
            LoadSource = source,
            SessionCount = sessions.Length,
            TrainingMinutes = minutes,
            Fitness = _fitness,
            Fatigue = _fatigue,
            Form = _options.FormDay == FormDay.Today ? _fitness - _fatigue : previousForm,
            RampRate = rampRate,
            AcwrRollingCoupled = fullWindow ? AcuteChronicWorkloadRatio.RollingCoupled(_loads) : null,
            AcwrRollingUncoupled = fullWindow ? AcuteChronicWorkloadRatio.RollingUncoupled(_loads) : null,
            AcwrEwma = AcuteChronicWorkloadRatio.Ewma(_ewmaAcute, _ewmaChronic),
            Monotony = fullWeek ? FosterMonotony.Monotony(last7, _options.MonotonyCap) : null,
            Strain = fullWeek ? FosterMonotony.Strain(last7, _options.MonotonyCap) : null,
            Readiness = readiness.Score,
            ReadinessContributors = readiness.Contributors,
            Quality = flags,
            Metrics = metrics.Build(),
            Provenance = _provenance,
        };
    }

    private static void Push(double[] window, double value)
    {
        Array.Copy(window, 1, window, 0, window.Length - 1);
        window[^1] = value;
    }

    private static double Metric(AthleteDay day, string name) =>
        day.Metrics.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"stored day {day.Date:yyyy-MM-dd} lacks metric '{name}'", nameof(day));
}
