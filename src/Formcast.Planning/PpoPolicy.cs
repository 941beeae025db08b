using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// A trained PPO policy: the observation normaliser, the actor (deterministic action = the Gaussian mean, the tanh
/// output in [−1, 1]), its log σ and the critic. Saved as model kind <see cref="ModelKind"/> in Formcast's versioned,
/// checksummed model file (<see cref="ModelFile"/>); loading checks every shape and that every number is finite.
/// Thread-safe for <see cref="Act"/> and <see cref="Value"/>.
/// </summary>
public sealed class PpoPolicy : IModel
{
    public const string ModelKind = "ppo-policy";

    private const int PayloadVersion = 1;
    private const int MaxStackFloats = 4096;

    private readonly PpoLoss<float> _networks;
    private readonly float[] _parameters;
    private readonly RunningMeanStd? _normalizer;

    static PpoPolicy() => ModelFile.RegisterKind(ModelKind, Read);

    internal PpoPolicy(PpoLoss<float> networks, float[] parameters, RunningMeanStd? normalizer, double observationClip)
    {
        if (parameters.Length != networks.ParameterCount) throw new ArgumentException("parameter count does not match the networks", nameof(parameters));
        _networks = networks;
        _parameters = parameters;
        _normalizer = normalizer;
        ObservationClip = observationClip;
    }

    public string Kind => ModelKind;

    public int FeatureCount => ObservationSize;

    public int ObservationSize => _networks.Observations;

    public int ActionSize => _networks.Actions;

    public IReadOnlyList<int> HiddenSizes => _networks.Actor.Sizes[1..^1].ToArray();

    public double ObservationClip { get; }

    /// <summary>Whether observations are normalised by running statistics before the networks.</summary>
    public bool NormalizesObservations => _normalizer is not null;

    /// <summary>Standard deviations of the Gaussian policy (exploration noise), per action element.</summary>
    public IReadOnlyList<double> ActionStandardDeviations => _networks.LogStd(_parameters).ToArray().Select(l => Math.Exp(l)).ToArray();

    internal PpoLoss<float> Networks => _networks;

    internal float[] Parameters => _parameters;

    internal RunningMeanStd? Normalizer => _normalizer;

    /// <summary>The deterministic action (the policy mean) for <paramref name="observation"/>.</summary>
    public void Act(ReadOnlySpan<double> observation, Span<double> action)
    {
        CheckShapes(observation, action.Length, ActionSize);
        Span<float> buffer = stackalloc float[ObservationSize + ActionSize + _networks.Actor.PredictScratchLength];
        var input = buffer[..ObservationSize];
        var output = buffer.Slice(ObservationSize, ActionSize);
        Normalize(observation, input);
        _networks.Actor.Predict(_networks.ActorParameters(_parameters), input, output, buffer[(ObservationSize + ActionSize)..]);
        for (var k = 0; k < output.Length; k++) action[k] = output[k];
    }

    /// <summary>The critic's estimate of the (normalised-reward) return from <paramref name="observation"/>.</summary>
    public double Value(ReadOnlySpan<double> observation)
    {
        CheckShapes(observation, 1, 1);
        Span<float> buffer = stackalloc float[ObservationSize + 1 + _networks.Critic.PredictScratchLength];
        var input = buffer[..ObservationSize];
        var output = buffer.Slice(ObservationSize, 1);
        Normalize(observation, input);
        _networks.Critic.Predict(_networks.CriticParameters(_parameters), input, output, buffer[(ObservationSize + 1)..]);
        return output[0];
    }

    /// <summary>An independent copy (e.g. the starting point of fine-tuning).</summary>
    public PpoPolicy Clone() => new(_networks, (float[])_parameters.Clone(),
        _normalizer is null ? null : new RunningMeanStd((double[])_normalizer.Mean.Clone(), (double[])_normalizer.Variance.Clone(), _normalizer.Count),
        ObservationClip);

    internal void Normalize(ReadOnlySpan<double> observation, Span<float> destination)
    {
        if (_normalizer is null)
        {
            for (var j = 0; j < observation.Length; j++) destination[j] = (float)observation[j];
        }
        else
        {
            _normalizer.Normalize(observation, destination, ObservationClip);
        }
    }

    public void Save(string path) => ModelFile.Save(this, path, PayloadVersion);

    public void Save(Stream destination) => ModelFile.Save(this, destination, PayloadVersion);

    /// <summary>Loads a policy file; throws <see cref="ModelFormatException"/> naming what is wrong.</summary>
    public static PpoPolicy Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static PpoPolicy Load(Stream source)
    {
        EnsureRegistered();
        return ModelFile.Load(source) as PpoPolicy
            ?? throw new ModelFormatException("kind", 0, $"the file does not hold a {ModelKind}");
    }

    /// <summary>Registers the kind with <see cref="ModelFile"/> (done by the type initializer; callable explicitly).</summary>
    public static void EnsureRegistered() => ModelFile.RegisterKind(ModelKind, Read);

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(ObservationSize);
        writer.WriteInt32(ActionSize);
        writer.WriteInt32s(HiddenSizes.ToArray());
        writer.WriteDouble(ObservationClip);
        writer.WriteBool(_normalizer is not null);
        if (_normalizer is not null)
        {
            writer.WriteDoubles(_normalizer.Mean);
            writer.WriteDoubles(_normalizer.Variance);
            writer.WriteDouble(_normalizer.Count);
        }

        writer.WriteSingles(_parameters);
    }

    private static PpoPolicy Read(ModelReader reader)
    {
        if (reader.KindVersion != PayloadVersion) throw reader.Error("version", $"{ModelKind} version {reader.KindVersion} is not supported (expected {PayloadVersion})");
        var observations = reader.ReadInt32("observation_size", 1, 4096);
        var actions = reader.ReadInt32("action_size", 1, 256);
        var hidden = reader.ReadInt32s("hidden_sizes", 1, MaxStackFloats / 4);
        if (hidden.Length is < 1 or > 16) throw reader.Error("hidden_sizes", $"{hidden.Length} hidden layers is outside 1–16");
        var clip = reader.ReadFiniteDouble("observation_clip");
        if (!(clip > 0)) throw reader.Error("observation_clip", $"clip {clip} must be positive");
        RunningMeanStd? normalizer = null;
        if (reader.ReadBool("normalizes_observations"))
        {
            var mean = reader.ReadDoubles("observation_mean", observations);
            var variance = reader.ReadDoubles("observation_variance", observations);
            if (variance.Any(v => v < 0)) throw reader.Error("observation_variance", "a variance is negative");
            var count = reader.ReadFiniteDouble("observation_count");
            if (count < 0) throw reader.Error("observation_count", $"count {count} is negative");
            normalizer = new RunningMeanStd(mean, variance, count);
        }

        var networks = new PpoLoss<float>(observations, actions, hidden);
        var parameters = reader.ReadSingles("parameters", networks.ParameterCount);
        if (parameters.Any(p => !float.IsFinite(p))) throw reader.Error("parameters", "a network parameter is not finite");
        return new PpoPolicy(networks, parameters, normalizer, clip);
    }

    private void CheckShapes(ReadOnlySpan<double> observation, int outputLength, int expected)
    {
        if (observation.Length != ObservationSize) throw new ArgumentException($"the policy takes {ObservationSize} observation elements, got {observation.Length}", nameof(observation));
        if (outputLength != expected) throw new ArgumentException($"the output needs {expected} elements, got {outputLength}");
        if (_networks.Actor.MaxWidth > MaxStackFloats / 4) throw new InvalidOperationException("network too wide for stack buffers");
    }
}
