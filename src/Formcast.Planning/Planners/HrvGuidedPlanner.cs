namespace Formcast.Planning;

/// <summary>
/// HRV-guided training after Vesterinen et al. 2016 (MSSE 48:1347): the same periodised week as
/// <see cref="FixedPeriodisationPlanner"/>, but a hard session (threshold, intervals, speed/technique, match play) is
/// kept only when the 7-day rolling mean of morning ln rMSSD lies inside the athlete's normal band — the baseline
/// mean ± <see cref="BandWidthSd"/> × SD of the daily values over the baseline weeks (the study used ± 0.5 SD over a
/// 4-week baseline); otherwise that day becomes an easy aerobic session of the same length. Easy and rest days are
/// unchanged. The study's runners did fewer hard sessions (13.2 vs 17.7 in 8 weeks) and improved more.
/// </summary>
public sealed class HrvGuidedPlanner : DailyPlanner
{
    private readonly FixedPeriodisationPlanner _base = new();
    private double _low;
    private double _high;

    public double BandWidthSd { get; init; } = 0.5;

    public override string Name => "hrv-guided";

    /// <summary>Hard sessions replaced by easy ones in the current episode.</summary>
    public int Downgrades { get; private set; }

    public override void BeginEpisode(EpisodeContext context)
    {
        base.BeginEpisode(context);
        _base.BeginEpisode(context);
        var history = context.Athlete.HistoryLnRmssd;
        if (history.Count < 7)
        {
            _low = double.NegativeInfinity;
            _high = double.PositiveInfinity;
        }
        else
        {
            var mean = history.Average();
            var sd = Math.Sqrt(history.Sum(v => (v - mean) * (v - mean)) / (history.Count - 1));
            _low = mean - (BandWidthSd * sd);
            _high = mean + (BandWidthSd * sd);
        }

        Downgrades = 0;
    }

    /// <summary>Whether a 7-day mean lies in the normal band.</summary>
    public bool InNormalBand(double lnRmssd7DayMean) => lnRmssd7DayMean >= _low && lnRmssd7DayMean <= _high;

    protected override SessionPrescription PlanDay(int day, ReadOnlySpan<double> observation)
    {
        var planned = _base.PlanFor(day, observation);
        if (planned.IsRest || planned.Intensity <= 0.7 || InNormalBand(observation[ObservationLayout.LnRmssd7DayMean])) return planned;
        Downgrades++;
        return SessionTemplates.Create(SessionKind.Easy, planned.DurationMinutes, Context.Athlete.ThresholdReserveFraction, planned.Indoor);
    }
}
