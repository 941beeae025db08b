using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// The Gym-style training environment: <see cref="Reset(ulong, Span{double})"/> draws an individual (from a
/// population, or the fixed athlete given) and their weather, then <see cref="Step(ReadOnlySpan{double}, Span{double})"/>
/// executes one decision — a 20-minute slot or, in <see cref="DecisionMode.Daily"/>, a whole day — and returns the
/// reward, whether the 60-day block is over, and what happened. Observation and action spaces are
/// <see cref="ObservationSpace"/> (25 elements, <see cref="ObservationLayout"/>) and <see cref="ActionSpace"/>
/// (8 elements in [−1, 1], <see cref="ActionCodec"/>). Deterministic: the same seed and actions give the same
/// episode. Not thread-safe; use one environment per worker.
/// </summary>
public sealed class TrainingEnvironment : IEpisodicEnvironment
{
    private readonly AthleteSimulator _simulator;
    private readonly PopulationSpec? _population;
    private readonly AthleteProfile? _fixedAthlete;
    private EpisodeContext? _context;
    private int _slot;
    private double _totalEnergy;
    private double _totalMinutes;
    private double _totalLoad;
    private double _fatigueSum;
    private double _totalReward;
    private int _hardDays;
    private IReadOnlyList<double>? _recordedLoads;
    private IReadOnlyList<double>? _recordedLnRmssd;

    /// <summary>An environment drawing a new individual from <paramref name="population"/> (default: the
    /// university cohort) at every reset.</summary>
    public TrainingEnvironment(EnvironmentOptions? options = null, PopulationSpec? population = null)
        : this(options, population ?? PopulationSpec.University, null)
    {
    }

    private TrainingEnvironment(EnvironmentOptions? options, PopulationSpec? population, AthleteProfile? athlete)
    {
        Options = options ?? new EnvironmentOptions();
        Options.Validate();
        population?.Validate();
        athlete?.Validate();
        _population = population;
        _fixedAthlete = athlete;
        _simulator = new AthleteSimulator(Options);
    }

    /// <summary>An environment that always simulates <paramref name="athlete"/> (e.g. an athlete's twin); resets
    /// change only the day-to-day noise, injuries and weather.</summary>
    public static TrainingEnvironment ForAthlete(AthleteProfile athlete, EnvironmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        return new TrainingEnvironment(options, null, athlete);
    }

    /// <summary>
    /// An environment for <paramref name="athlete"/> whose history is a recorded one (daily loads and morning
    /// ln rMSSD, oldest first) rather than simulated; used to forecast a real athlete's next days. Injuries are not
    /// drawn (their probabilities still are), so a forecast is not cut short by a simulated injury.
    /// </summary>
    internal static TrainingEnvironment FromHistory(AthleteProfile athlete, EnvironmentOptions options, IReadOnlyList<double> loads, IReadOnlyList<double> lnRmssd)
    {
        var env = new TrainingEnvironment(options, null, athlete);
        env._recordedLoads = loads;
        env._recordedLnRmssd = lnRmssd;
        env._simulator.DrawInjuries = false;
        return env;
    }

    public EnvironmentOptions Options { get; }

    public int ObservationSize => ObservationLayout.Dimension;

    public int ActionSize => ActionCodec.Dimension;

    public static Box ObservationSpace => Box.Observations;

    public static Box ActionSpace => Box.Actions;

    /// <summary>The individual of the current episode.</summary>
    public AthleteProfile Athlete => _simulator.Profile ?? throw new InvalidOperationException("call Reset first");

    /// <summary>What planners may know about the current episode.</summary>
    public EpisodeContext Context => _context ?? throw new InvalidOperationException("call Reset first");

    /// <summary>Current day (0-based); equals <see cref="EnvironmentOptions.HorizonDays"/> when done.</summary>
    public int Day => _simulator.Day;

    /// <summary>Current 20-minute slot of the day (always 0 in daily mode).</summary>
    public int Slot => _slot;

    public bool Done => _context is not null && _simulator.Day >= Options.HorizonDays;

    /// <summary>Starts an episode and writes its first observation.</summary>
    public void Reset(ulong seed, Span<double> observation)
    {
        var rng = new Rng(seed);
        var athlete = _fixedAthlete ?? AthleteSampler.Sample(_population!, rng.Fork(1)) with { Origin = $"sampled from {_population!.Name} (seed {seed})" };
        _simulator.Reset(athlete, rng.Fork(2), rng.Fork(3), rng.Fork(4), _recordedLoads, _recordedLnRmssd);
        _context = new EpisodeContext(AthleteSnapshot.Of(athlete, [.. _simulator.HistoryLoads], [.. _simulator.HistoryLnRmssd]), Options, seed);
        _slot = 0;
        _totalEnergy = 0;
        _totalMinutes = 0;
        _totalLoad = 0;
        _fatigueSum = 0;
        _totalReward = 0;
        _hardDays = 0;
        Observe(observation);
    }

    /// <summary>Starts an episode and returns its first observation.</summary>
    public double[] Reset(ulong seed)
    {
        var observation = new double[ObservationLayout.Dimension];
        Reset(seed, observation);
        return observation;
    }

    /// <summary>Executes <paramref name="action"/> and writes the next observation.</summary>
    public StepResult Step(ReadOnlySpan<double> action, Span<double> observation)
    {
        if (_context is null) throw new InvalidOperationException("call Reset before Step");
        if (Done) throw new InvalidOperationException("the episode is over; call Reset");
        if (action.Length != ActionCodec.Dimension) throw new ArgumentException($"an action has {ActionCodec.Dimension} elements", nameof(action));
        var day = _simulator.Day;
        var slot = _slot;
        var parts = default(RewardParts);
        if (Options.Mode == DecisionMode.TwentyMinuteSlots)
        {
            var session = ActionCodec.Decode(action, 20);
            RunSlot(_slot, session, ref parts);
            _slot++;
            if (_slot == Options.SlotsPerDay)
            {
                CloseDay(ref parts);
                _slot = 0;
            }
        }
        else
        {
            var session = ActionCodec.Decode(action, Options.MaxSessionMinutes);
            var remaining = session.IsRest ? 0 : session.DurationMinutes;
            for (var s = 0; s < Options.SlotsPerDay; s++)
            {
                var minutes = s >= Options.DailySessionStartSlot ? Math.Min(20, remaining) : 0;
                remaining -= minutes;
                var slotSession = minutes >= 1 ? session with { DurationMinutes = minutes, Rest = false } : SessionPrescription.RestDay;
                RunSlot(s, slotSession, ref parts);
            }

            CloseDay(ref parts);
        }

        if (Done)
        {
            // Terminal correction: the gain term has credited fitness as it was built; at the block's end the fatigue
            // still carried is charged, so the episode's summed gain equals the measured performance change.
            parts.Gain += (_simulator.PerformanceIndex() - _simulator.FitnessIndex()) / Options.Reward.GainPercentPerDay;
        }

        var weights = Options.Reward;
        var reward = (weights.PerformanceGain * parts.Gain) - (weights.Fatigue * parts.Fatigue) - (weights.InjuryRisk * parts.Risk) - (weights.Energy * parts.Energy);
        _totalReward += reward;
        Observe(observation);
        var info = new StepInfo
        {
            Day = day,
            Slot = slot,
            PerformanceIndex = _simulator.PerformanceIndex(),
            FitnessIndex = _simulator.FitnessIndex(),
            Fatigue = _simulator.Fatigue,
            InjuryProbability = parts.InjuryProbability,
            InjuryOccurred = parts.Injured,
            ActionOverridden = parts.Overridden,
            TrainingMinutes = parts.Minutes,
            Load = parts.Load,
            EnergyKilowattHours = parts.EnergyKilowattHours,
            RewardGain = parts.Gain,
            RewardFatigue = parts.Fatigue,
            RewardRisk = parts.Risk,
            RewardEnergy = parts.Energy,
        };
        return new StepResult(reward, Done, info);
    }

    /// <summary>Gym-style convenience: executes <paramref name="action"/> and returns (observation, reward, done, info).</summary>
    public (double[] Observation, double Reward, bool Done, StepInfo Info) Step(double[] action)
    {
        var observation = new double[ObservationLayout.Dimension];
        var result = Step(action, observation);
        return (observation, result.Reward, result.Done, result.Info);
    }

    /// <summary>Writes the current observation.</summary>
    public void Observe(Span<double> observation)
    {
        if (observation.Length != ObservationLayout.Dimension)
            throw new ArgumentException($"an observation has {ObservationLayout.Dimension} elements", nameof(observation));
        var sim = _simulator;
        var hour = Options.VenueOpensHour + (_slot / 3.0);
        var athlete = sim.Profile;
        observation[ObservationLayout.Progress] = Math.Min(1, (sim.Day + ((double)_slot / Options.SlotsPerDay)) / Options.HorizonDays);
        observation[ObservationLayout.HourOfDay] = hour;
        observation[ObservationLayout.RestingHeartRate] = sim.RestingHeartRate;
        observation[ObservationLayout.SessionHeartRate] = sim.SessionHeartRate;
        observation[ObservationLayout.LnRmssd] = sim.LnRmssd;
        observation[ObservationLayout.LnRmssd7DayMean] = sim.LnRmssd7DayMean();
        observation[ObservationLayout.SpO2] = sim.SpO2;
        observation[ObservationLayout.Mood] = sim.Mood;
        for (var q = 0; q < TrainingQualities.Count; q++) observation[ObservationLayout.AerobicCapacity + q] = sim.RelativeCapacity(q);
        observation[ObservationLayout.Fatigue] = sim.Fatigue;
        observation[ObservationLayout.AcuteLoad] = sim.AcuteLoad;
        observation[ObservationLayout.ChronicLoad] = sim.ChronicLoad;
        observation[ObservationLayout.Monotony] = sim.MonotonyWithToday();
        observation[ObservationLayout.LoadToday] = sim.LoadToday;
        observation[ObservationLayout.InjuryRisk] = sim.RelativeHazard();
        observation[ObservationLayout.InjuryDaysRemaining] = sim.InjuryDaysRemaining;
        observation[ObservationLayout.TemperatureC] = sim.Weather.TemperatureAt(hour);
        observation[ObservationLayout.HumidityPercent] = sim.Weather.HumidityAt(hour);
        observation[ObservationLayout.PerformanceIndex] = sim.PerformanceIndex();
        observation[ObservationLayout.Vo2Max] = athlete.Vo2MaxMlPerKgPerMin * sim.RelativeCapacity((int)TrainingQuality.Aerobic);
        observation[ObservationLayout.SportAerobicWeight] = SportModel.AerobicWeight(athlete.Sport);
        observation[ObservationLayout.Level] = (int)athlete.Level;
    }

    /// <summary>Totals of the episode so far.</summary>
    public EpisodeSummary Summary()
    {
        var days = Math.Max(1, _simulator.Day);
        var venue = Options.Venue;
        return new EpisodeSummary
        {
            Days = _simulator.Day,
            PerformanceGainPercent = _simulator.PerformanceIndex() - 100,
            Injuries = _simulator.Injuries,
            DaysInjured = _simulator.DaysInjured,
            MeanFatigue = _fatigueSum / days,
            EnergyKilowattHoursPerDay = _totalEnergy / days,
            CostPerDay = _totalEnergy / days * venue.TariffPerKilowattHour,
            Co2KilogramsPerDay = _totalEnergy / days * venue.Co2KilogramsPerKilowattHour,
            TrainingMinutesPerDay = _totalMinutes / days,
            LoadPerDay = _totalLoad / days,
            HardDays = _hardDays,
            TotalReward = _totalReward,
        };
    }

    private void RunSlot(int slot, in SessionPrescription session, ref RewardParts parts)
    {
        var before = _simulator.FitnessIndex();
        var outcome = _simulator.TrainSlot(slot, session);
        var after = _simulator.FitnessIndex();
        var reward = Options.Reward;
        parts.Gain += (after - before) / reward.GainPercentPerDay;
        parts.Fatigue += _simulator.Fatigue / Options.SlotsPerDay;
        parts.Risk += outcome.InjuryProbability / _simulator.ReferenceDailyInjuryProbability;
        parts.Energy += outcome.EnergyKilowattHours / reward.EnergyKilowattHoursPerDay;
        parts.InjuryProbability = 1 - ((1 - parts.InjuryProbability) * (1 - outcome.InjuryProbability));
        parts.Injured |= outcome.Injured;
        parts.Overridden |= outcome.Overridden;
        parts.Minutes += outcome.Minutes;
        parts.Load += outcome.Load;
        parts.EnergyKilowattHours += outcome.EnergyKilowattHours;
        _totalEnergy += outcome.EnergyKilowattHours;
        _totalMinutes += outcome.Minutes;
        _totalLoad += outcome.Load;
    }

    private void CloseDay(ref RewardParts parts)
    {
        if (_simulator.HardToday) _hardDays++;
        var before = _simulator.FitnessIndex();
        var standby = _simulator.CloseDay();
        var after = _simulator.FitnessIndex();
        parts.Gain += (after - before) / Options.Reward.GainPercentPerDay;
        parts.Energy += standby / Options.Reward.EnergyKilowattHoursPerDay;
        parts.EnergyKilowattHours += standby;
        _totalEnergy += standby;
        _fatigueSum += _simulator.Fatigue;
    }

    private struct RewardParts
    {
        public double Gain;
        public double Fatigue;
        public double Risk;
        public double Energy;
        public double InjuryProbability;
        public bool Injured;
        public bool Overridden;
        public double Minutes;
        public double Load;
        public double EnergyKilowattHours;
    }
}
