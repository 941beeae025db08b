using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// What a model-based classic planner assumes about an athlete it cannot see inside: the group-mean individual of
/// the athlete's sport, level, sex and age (<see cref="AthleteSampler.Sample(PopulationStratum, Sex, double, Formcast.Learning.Rng?)"/>
/// without noise), loaded at the measured habitual load. Gives the marginal value of a session's minutes, linearised
/// at the start of the block — the "fixed cost function" of the reference study's LP baseline.
/// </summary>
internal sealed class ResponseModel
{
    private readonly double[] _marginal = new double[TrainingQualities.Count];
    private readonly double[] _impulse = new double[TrainingQualities.Count];
    private readonly double[] _weights;
    private readonly double _fitnessDenominator;
    private readonly AthleteProfile _mean;

    public ResponseModel(AthleteSnapshot athlete)
    {
        _mean = AthleteSampler.Sample(new PopulationStratum(athlete.Sport, athlete.Level), athlete.Sex, athlete.AgeYears, null);
        _weights = SportModel.PerformanceWeights(_mean.Sport).ToArray();
        var mix = SportModel.HabitualMix(_mean.Sport);
        var habitual = Math.Max(athlete.HabitualDailyLoad, 1);
        _fitnessDenominator = 0;
        for (var q = 0; q < _marginal.Length; q++)
        {
            var r = _mean.Responses[q];
            var impulse = habitual * mix[q] / -double.ExpM1(-1 / r.FitnessDays);
            _impulse[q] = impulse;
            _marginal[q] = r.FitnessGain * Math.Exp(-r.FitnessGain * impulse / r.Headroom);
            _fitnessDenominator += _weights[q] * (1 + r.FitnessContribution(impulse));
        }

        Threshold = athlete.ThresholdReserveFraction;
        HabitualDailyLoad = habitual;
        HabitualMix = mix.ToArray();
        Sex = athlete.Sex;
        Vo2Max = athlete.Vo2MaxMlPerKgPerMin;
        BodyMassKg = _mean.BodyMassKg;
    }

    public double Threshold { get; }

    public double HabitualDailyLoad { get; }

    /// <summary>The sport's habitual split of load between qualities.</summary>
    public IReadOnlyList<double> HabitualMix { get; }

    /// <summary>Quality-specific stimulus (TRIMP reaching quality <paramref name="quality"/>) per minute of <paramref name="session"/>.</summary>
    public double StimulusPerMinute(in SessionPrescription session, int quality) =>
        SessionTemplates.LoadPerMinute(session, Sex) * session.Mix[quality]
        * PhysiologyModel.StimulusEfficiency((TrainingQuality)quality, session.Intensity, Threshold, 1, 3);

    /// <summary>Fitness-index gain (percentage points) from adding <paramref name="from"/> → <paramref name="to"/> units of
    /// stimulus to quality <paramref name="quality"/>'s fitness impulse — concave because of the ceiling.</summary>
    public double GainPercent(int quality, double from, double to)
    {
        var r = _mean.Responses[quality];
        var gain = r.FitnessContribution(_impulse[quality] + to) - r.FitnessContribution(_impulse[quality] + from);
        return 100 * _weights[quality] * gain / _fitnessDenominator;
    }

    public Sex Sex { get; }

    public double Vo2Max { get; }

    public double BodyMassKg { get; }
}
