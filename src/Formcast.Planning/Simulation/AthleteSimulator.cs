using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Steps one individual through 20-minute slots and day boundaries with the formulas of <see cref="PhysiologyModel"/>.
/// Within a day, load adds to the fitness and fatigue impulses at once; at night the impulses decay by e^(−1/τ)
/// (Banister's discrete model: a load on day s weighs e^(−(t−s)/τ) on day t), the EWMA loads advance, and the next
/// morning's markers (ln rMSSD, resting heart rate, mood) are drawn.
/// </summary>
internal sealed class AthleteSimulator
{
    private const int Qualities = TrainingQualities.Count;

    /// <summary>Share of habitual quality load that stimulates the quality (habitual sessions are not all of
    /// ideal intensity or freshness; cf. <see cref="PhysiologyModel.StimulusEfficiency"/>). Assumption.</summary>
    private static readonly double[] HabitualEfficiency = [1.0, 0.6, 1.0, 0.8];

    private readonly EnvironmentOptions _options;
    private readonly WeatherGenerator _weather;
    private readonly double[] _fitness = new double[Qualities];
    private readonly double[] _fatigue = new double[Qualities];
    private readonly double[] _capacity0 = new double[Qualities];
    private readonly double[] _fitnessContribution0 = new double[Qualities];
    private readonly double[] _fitnessDecay = new double[Qualities];
    private readonly double[] _fatigueDecay = new double[Qualities];
    private readonly double[] _weights = new double[Qualities];
    private readonly double[] _recentLoads = new double[7];
    private readonly double[] _monotonyWindow = new double[7];
    private readonly List<double> _historyLoads = [];
    private readonly List<double> _historyLnRmssd = [];
    private readonly double[] _lnRmssdWindow = new double[7];
    private readonly double[] _performanceWindow = new double[8];
    private AthleteProfile _profile = null!;
    private Rng _noise = new(0);
    private Rng _injuries = new(0);
    private double _systemicFatigue;
    private double _systemicDecay;
    private double _habitualSystemicFatigue;
    private double _performanceDenominator;
    private double _fitnessDenominator;
    private double _baselineHazard;
    private double _referenceDailyInjuryProbability;
    private int _recentCount;
    private int _lnRmssdCount;

    public AthleteSimulator(EnvironmentOptions options)
    {
        _options = options;
        _weather = new WeatherGenerator(options.Climate);
    }

    public AthleteProfile Profile => _profile;

    public int Day { get; private set; }

    public double AcuteLoad { get; private set; }

    public double ChronicLoad { get; private set; }

    public double LoadToday { get; private set; }

    public double MinutesToday { get; private set; }

    public bool HardToday { get; private set; }

    public bool TrainedLastSlot { get; private set; }

    public double LnRmssd { get; private set; }

    public double RestingHeartRate { get; private set; }

    public double SessionHeartRate { get; private set; }

    public double SpO2 { get; private set; }

    public double Mood { get; private set; }

    public int InjuryDaysRemaining { get; private set; }

    public bool PreviousInjury { get; private set; }

    public int Injuries { get; private set; }

    public int DaysInjured { get; private set; }

    /// <summary>The athlete's injury probability on a habitual training day (the reward's risk unit).</summary>
    public double ReferenceDailyInjuryProbability => _referenceDailyInjuryProbability;

    public IReadOnlyList<double> HistoryLoads => _historyLoads;

    public IReadOnlyList<double> HistoryLnRmssd => _historyLnRmssd;

    public WeatherGenerator Weather => _weather;

    /// <summary>Systemic fatigue relative to habitual (1 = habitual load).</summary>
    public double Fatigue => _systemicFatigue / _habitualSystemicFatigue;

    /// <summary>Starts a new individual: steady state at the habitual load, then <see cref="EnvironmentOptions.HistoryDays"/>
    /// days of habitual training (six days a week), so that day 0 has a realistic recent history.</summary>
    public void Reset(AthleteProfile profile, Rng noise, Rng injuries, Rng weather) => Reset(profile, noise, injuries, weather, null, null);

    /// <summary>
    /// Starts an individual from a recorded history instead of a simulated one: steady state at the first week's mean
    /// load, then the recorded daily loads (oldest first) at the sport's habitual mix. Recorded morning ln rMSSD
    /// values (same days; NaN where missing) replace the simulated ones in the history and the 7-day mean.
    /// </summary>
    public void Reset(AthleteProfile profile, Rng noise, Rng injuries, Rng weather, IReadOnlyList<double>? recordedLoads, IReadOnlyList<double>? recordedLnRmssd)
    {
        _profile = profile;
        _noise = noise;
        _injuries = injuries;
        _weather.Reset(weather);
        var mix = SportModel.HabitualMix(profile.Sport);
        SportModel.PerformanceWeights(profile.Sport).CopyTo(_weights);
        var habitual = Math.Max(profile.HabitualDailyLoad, 10);
        var start = recordedLoads is { Count: > 0 } ? recordedLoads.Take(7).Average() : profile.HabitualDailyLoad;
        for (var q = 0; q < Qualities; q++)
        {
            var response = profile.Responses[q];
            _fitnessDecay[q] = Math.Exp(-1 / response.FitnessDays);
            _fatigueDecay[q] = Math.Exp(-1 / response.FatigueDays);
            _fitness[q] = start * mix[q] * HabitualEfficiency[q] / (1 - _fitnessDecay[q]);
            _fatigue[q] = start * (mix[q] + (profile.CrossFatigue * (1 - mix[q]))) / (1 - _fatigueDecay[q]);
        }

        _systemicDecay = _fatigueDecay[(int)TrainingQuality.Aerobic];
        _habitualSystemicFatigue = habitual / (1 - _systemicDecay);
        _systemicFatigue = start / (1 - _systemicDecay);
        AcuteLoad = start;
        ChronicLoad = start;
        Array.Fill(_recentLoads, start);
        _recentCount = 0;
        PreviousInjury = profile.PreviousInjury;
        InjuryDaysRemaining = 0;
        Injuries = 0;
        DaysInjured = 0;
        _baselineHazard = PhysiologyModel.BaselineHazardPerHour(profile, profile.PreviousInjury);
        _referenceDailyInjuryProbability = -double.ExpM1(-_baselineHazard * habitual / 100);
        Mood = profile.BaselineMood;
        LnRmssd = profile.LnRmssdBaseline;
        RestingHeartRate = profile.RestingHeartRateBpm;
        SessionHeartRate = profile.RestingHeartRateBpm;
        SpO2 = 97.8;
        _historyLoads.Clear();
        _historyLnRmssd.Clear();
        _lnRmssdCount = 0;
        ComputeBaselines();

        // Habitual weeks before the block (six training days at 7/6 of the habitual load ±20 %, one rest day), or
        // the recorded days.
        Span<double> dayLoads = stackalloc double[Qualities];
        var habitualMix = QualityMix.FromWeights(mix);
        var days = recordedLoads?.Count ?? _options.HistoryDays;
        for (var d = 0; d < days; d++)
        {
            var load = recordedLoads is not null
                ? Math.Max(0, double.IsFinite(recordedLoads[d]) ? recordedLoads[d] : 0)
                : d % 7 == 6 ? 0 : profile.HabitualDailyLoad * 7 / 6 * (0.8 + (0.4 * _noise.NextDouble()));
            for (var q = 0; q < Qualities; q++) dayLoads[q] = load * mix[q] * HabitualEfficiency[q];
            AddQualityLoads(dayLoads, load, 1, habitualMix);
            LoadToday = load;
            _historyLoads.Add(load);
            CloseDay(recordHistory: true);
            if (recordedLnRmssd is not null && d < recordedLnRmssd.Count && double.IsFinite(recordedLnRmssd[d]))
            {
                LnRmssd = recordedLnRmssd[d];
                _lnRmssdWindow[(_lnRmssdCount - 1) % 7] = LnRmssd;
                _historyLnRmssd[^1] = LnRmssd;
            }
        }

        // The block starts from the state the history left: capacities and indices are relative to this morning.
        ComputeBaselines();
        Array.Clear(_performanceWindow);
        Day = 0;
    }

    /// <summary>Whether injuries are drawn (false for forecasts, which report the probability instead).</summary>
    public bool DrawInjuries { get; set; } = true;

    /// <summary>Performance index (100 = start of the block), fatigue included.</summary>
    public double PerformanceIndex()
    {
        var sum = 0.0;
        for (var q = 0; q < Qualities; q++) sum += _weights[q] * Capacity(q);
        return 100 * sum / _performanceDenominator;
    }

    /// <summary>Fitness-only performance index (100 = start): what training has built, fatigue ignored.</summary>
    public double FitnessIndex()
    {
        var sum = 0.0;
        for (var q = 0; q < Qualities; q++) sum += _weights[q] * (1 + _profile.Responses[q].FitnessContribution(_fitness[q]));
        return 100 * sum / _fitnessDenominator;
    }

    /// <summary>Capacity of quality <paramref name="q"/> relative to the start of the block.</summary>
    public double RelativeCapacity(int q) => Capacity(q) / _capacity0[q];

    /// <summary>Aerobic fitness gained since the start of the block, relative (0 = unchanged).</summary>
    public double AerobicGain() =>
        ((1 + _profile.Responses[0].FitnessContribution(_fitness[0])) / (1 + _fitnessContribution0[0])) - 1;

    /// <summary>Current injury hazard relative to the individual's habitual baseline (spikes, monotony, fatigue).</summary>
    public double RelativeHazard() =>
        PhysiologyModel.HazardMultiplier(AcuteChronicWithToday(), MonotonyWithToday(), Fatigue, 0, 0) * (PreviousInjury && !_profile.PreviousInjury ? 2 : 1);

    /// <summary>Mean of the last (up to) 7 mornings' ln rMSSD.</summary>
    public double LnRmssd7DayMean()
    {
        var n = Math.Min(_lnRmssdCount, _lnRmssdWindow.Length);
        if (n == 0) return LnRmssd;
        var sum = 0.0;
        for (var i = 0; i < n; i++) sum += _lnRmssdWindow[i];
        return sum / n;
    }

    public double MonotonyWithToday()
    {
        // The last six completed days plus today so far (rest days count as zero, Foster 1998).
        for (var i = 0; i < 6; i++) _monotonyWindow[i] = _recentLoads[(_recentCount + 1 + i) % 7];
        _monotonyWindow[6] = LoadToday;
        return PhysiologyModel.Monotony(_monotonyWindow);
    }

    public double AcuteChronicWithToday()
    {
        var acute = (PhysiologyModel.AcuteLambda * LoadToday) + ((1 - PhysiologyModel.AcuteLambda) * AcuteLoad);
        var chronic = (PhysiologyModel.ChronicLambda * LoadToday) + ((1 - PhysiologyModel.ChronicLambda) * ChronicLoad);
        return acute / Math.Max(chronic, (0.2 * _profile.HabitualDailyLoad) + 1);
    }

    /// <summary>
    /// Runs slot <paramref name="slot"/> of the current day with <paramref name="session"/> (its duration is the
    /// minutes trained in this slot, at most 20). Returns what happened.
    /// </summary>
    public SlotOutcome TrainSlot(int slot, in SessionPrescription session)
    {
        var hour = _options.VenueOpensHour + ((slot + 0.5) / 3);
        var temperature = _weather.TemperatureAt(hour);
        var humidity = _weather.HumidityAt(hour);
        var wants = !session.IsRest;
        var overridden = false;
        var minutes = wants ? Math.Min(session.DurationMinutes, 20) : 0;
        if (wants && (InjuryDaysRemaining > 0 || MinutesToday >= _options.MaxDailyTrainingMinutes))
        {
            overridden = true;
            minutes = 0;
        }

        minutes = Math.Min(minutes, Math.Max(0, _options.MaxDailyTrainingMinutes - MinutesToday));
        if (minutes < 1)
        {
            TrainedLastSlot = false;
            SessionHeartRate = RestingHeartRate;
            return new SlotOutcome(0, 0, 0, 0, false, overridden, temperature, humidity);
        }

        var heatExcess = session.Indoor ? 0 : Math.Max(0, PhysiologyModel.WetBulbGlobeTemperature(temperature, humidity) - 20) * _profile.HeatSensitivity;
        var threshold = _profile.ThresholdReserveFraction;
        var achievable = PhysiologyModel.AchievableIntensity(threshold, session.WorkFraction, heatExcess);
        var intensity = Math.Min(session.Intensity, achievable);
        if (session.Intensity > achievable + 0.02) overridden = true;
        var workMinutes = minutes * session.WorkFraction;
        var restMinutes = minutes - workMinutes;
        var workReserve = Math.Min(1, intensity + (0.006 * heatExcess));
        var load = (workMinutes * PhysiologyModel.TrimpPerMinute(workReserve, _profile.Sex))
            + (restMinutes * PhysiologyModel.TrimpPerMinute(0.5 * workReserve, _profile.Sex));

        Span<double> stimulus = stackalloc double[Qualities];
        var fatigue = Fatigue;
        for (var q = 0; q < Qualities; q++)
            stimulus[q] = load * session.Mix[q] * PhysiologyModel.StimulusEfficiency((TrainingQuality)q, intensity, threshold, fatigue, Mood);
        var heatFatigue = 1 + (0.02 * heatExcess);
        AddQualityLoads(stimulus, load, heatFatigue, session.Mix);

        var newSession = !TrainedLastSlot;
        TrainedLastSlot = true;
        LoadToday += load;
        MinutesToday += minutes;
        if (intensity > threshold) HardToday = true;

        // Injury: hazard per hour for this slot's exposure, evaluated with today's load already counted.
        var rate = _baselineHazard * (PreviousInjury && !_profile.PreviousInjury ? 2 : 1)
            * PhysiologyModel.HazardMultiplier(AcuteChronicWithToday(), MonotonyWithToday(), Fatigue, Math.Max(0, intensity - threshold), heatExcess);
        var probability = -double.ExpM1(-rate * minutes / 60);
        var injured = DrawInjuries && _injuries.NextDouble() < probability;
        if (injured) StartInjury();

        SessionHeartRate = PhysiologyModel.SessionHeartRate(RestingHeartRate, _profile.MaxHeartRateBpm,
            (intensity * session.WorkFraction) + (0.5 * intensity * (1 - session.WorkFraction)), heatExcess);
        SpO2 = Math.Min(100, PhysiologyModel.ExerciseSpO2(intensity, threshold, _profile.Vo2MaxMlPerKgPerMin) + (0.3 * _noise.NextGaussian()));

        var venue = _options.Venue;
        var energy = newSession ? venue.GroupSize * venue.HotWaterKilowattHoursPerAthlete : 0;
        if (session.Indoor)
        {
            // The hall runs for the whole slot once the group is in it.
            var power = venue.IndoorKilowatts(temperature, intensity, _profile.Vo2MaxMlPerKgPerMin, _profile.BodyMassKg,
                session.Mix.ConditioningShare, minutes * session.WorkFraction / 20);
            energy += power * 20 / 60;
        }

        return new SlotOutcome(minutes, load, probability, energy, injured, overridden, temperature, humidity);
    }

    /// <summary>Ends the day: EWMA and monotony windows advance, impulses decay, next morning's markers are drawn.
    /// Returns the day's standby energy, kWh.</summary>
    public double CloseDay(bool recordHistory = false)
    {
        AcuteLoad = (PhysiologyModel.AcuteLambda * LoadToday) + ((1 - PhysiologyModel.AcuteLambda) * AcuteLoad);
        ChronicLoad = (PhysiologyModel.ChronicLambda * LoadToday) + ((1 - PhysiologyModel.ChronicLambda) * ChronicLoad);
        _recentLoads[_recentCount % 7] = LoadToday;
        _recentCount++;
        var loadRatio = LoadToday / Math.Max(_profile.HabitualDailyLoad, 10);

        for (var q = 0; q < Qualities; q++)
        {
            _fitness[q] *= _fitnessDecay[q];
            _fatigue[q] *= _fatigueDecay[q];
        }

        _systemicFatigue *= _systemicDecay;
        var injured = InjuryDaysRemaining > 0;
        if (injured)
        {
            DaysInjured++;
            InjuryDaysRemaining--;
        }

        var fatigue = Fatigue;
        var aerobicGain = AerobicGain();
        LnRmssd = PhysiologyModel.ExpectedLnRmssd(_profile.LnRmssdBaseline, aerobicGain, fatigue, loadRatio, InjuryDaysRemaining > 0)
            + (_profile.LnRmssdDailySd * _noise.NextGaussian());
        _lnRmssdWindow[_lnRmssdCount % 7] = LnRmssd;
        _lnRmssdCount++;
        if (recordHistory) _historyLnRmssd.Add(LnRmssd);
        RestingHeartRate = PhysiologyModel.ExpectedRestingHeartRate(_profile.RestingHeartRateBpm, aerobicGain, fatigue) + (1.5 * _noise.NextGaussian());
        SessionHeartRate = RestingHeartRate;
        SpO2 = Math.Min(100, 97.8 + (0.6 * _noise.NextGaussian()));

        var performance = PerformanceIndex();
        var change7 = Day >= 7 ? performance - _performanceWindow[(Day - 7) % 8] : performance - 100;
        _performanceWindow[Day % 8] = performance;
        var target = PhysiologyModel.MoodTarget(_profile.BaselineMood, change7, fatigue, MonotonyWithToday(), InjuryDaysRemaining > 0);
        Mood = Math.Clamp(Mood + (0.35 * (target - Mood)) + (0.15 * _noise.NextGaussian()), 1, 5);

        LoadToday = 0;
        MinutesToday = 0;
        HardToday = false;
        TrainedLastSlot = false;
        _weather.NextDay();
        Day++;
        return _options.Venue.StandbyKilowattHoursPerDay;
    }

    private void StartInjury()
    {
        Injuries++;
        PreviousInjury = true;
        // Time-loss days: log-normal with median 9 d (most training injuries cost under four weeks; Fuller et al.
        // 2006 severity bands). Assumption.
        InjuryDaysRemaining = Math.Max(2, (int)Math.Round(9 * Math.Exp(0.6 * _noise.NextGaussian())));
    }

    private void AddQualityLoads(ReadOnlySpan<double> stimulus, double load, double fatigueFactor, QualityMix mix)
    {
        for (var q = 0; q < Qualities; q++)
        {
            _fitness[q] += stimulus[q];
            _fatigue[q] += load * (mix[q] + (_profile.CrossFatigue * (1 - mix[q]))) * fatigueFactor;
        }

        _systemicFatigue += load * fatigueFactor;
    }

    private double Capacity(int q)
    {
        var response = _profile.Responses[q];
        return 1 + response.FitnessContribution(_fitness[q]) - (response.FatigueGain * _fatigue[q]);
    }

    private void ComputeBaselines()
    {
        _performanceDenominator = 0;
        _fitnessDenominator = 0;
        for (var q = 0; q < Qualities; q++)
        {
            _capacity0[q] = Capacity(q);
            _fitnessContribution0[q] = _profile.Responses[q].FitnessContribution(_fitness[q]);
            _performanceDenominator += _weights[q] * _capacity0[q];
            _fitnessDenominator += _weights[q] * (1 + _fitnessContribution0[q]);
        }
    }
}
