using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Formcast.Learning;
using Formcast.Learning.Drift;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// A folder of registered models: <c>registry.json</c> lists every <see cref="ModelRegistration"/>, and
/// <c>models/&lt;id&gt;.fcmodel</c> holds each model in Formcast's versioned model-file format. The id is derived from
/// the name, the data hash and the protocol, so registering the same model on the same data again replaces its entry
/// instead of adding a copy. Every registration is read back and checked (hash, kind) before it is listed.
/// </summary>
internal sealed class ModelRegistry(string folder, TimeProvider clock)
{
    public const string IndexFile = "registry.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string Folder { get; } = folder;

    /// <summary>Registers a prepared model: the inner model goes into the model file, its input preparation and the
    /// training feature distributions into the entry.</summary>
    public ModelRegistration Register(string name, string family, IModel model, Dataset training, string protocol, IReadOnlyList<RegisteredMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(training);
        var (inner, preprocessor) = model switch
        {
            PreparedClassifierModel c => ((IModel)c.Inner, c.Preprocessor),
            PreparedRegressorModel r => (r.Inner, r.Preprocessor),
            _ => (model, (Preprocessor?)null),
        };
        var dataHash = DataFingerprint.Sha256(training);
        var id = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{name}\n{dataHash}\n{protocol}")))[..16];
        Directory.CreateDirectory(Path.Combine(Folder, "models"));
        var relative = Path.Combine("models", id + ".fcmodel");
        var path = Path.Combine(Folder, relative);
        ModelFile.Save(inner, path);
        var bytes = File.ReadAllBytes(path);
        var loaded = ModelFile.Load(path);
        if (loaded.Kind != inner.Kind || loaded.FeatureCount != inner.FeatureCount)
            throw new InvalidOperationException($"model file {path} read back as {loaded.Kind} with {loaded.FeatureCount} features");

        var registration = new ModelRegistration
        {
            Id = id,
            Name = name,
            Kind = inner.Kind,
            Family = family,
            TrainedUtc = clock.GetUtcNow(),
            DataSha256 = dataHash,
            Rows = training.Rows,
            Features = [.. training.FeatureNames],
            Protocol = protocol,
            Metrics = metrics,
            ModelFile = relative.Replace('\\', '/'),
            ModelSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            InputMedians = preprocessor?.Medians ?? [],
            InputMeans = preprocessor?.Means ?? [],
            InputScales = preprocessor?.Scales ?? [],
            FeatureBaselines = Baselines(training),
        };
        var all = List().Where(r => r.Id != id).Append(registration).OrderBy(r => r.TrainedUtc).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(Folder, IndexFile), JsonSerializer.Serialize(all, Json) + "\n");
        return registration;
    }

    /// <summary>Every registration, oldest first (empty when the folder has no registry yet).</summary>
    public IReadOnlyList<ModelRegistration> List()
    {
        var index = Path.Combine(Folder, IndexFile);
        if (!File.Exists(index)) return [];
        return JsonSerializer.Deserialize<List<ModelRegistration>>(File.ReadAllText(index), Json) ?? [];
    }

    /// <summary>The model file's bytes, checked against the registration's hash.</summary>
    public byte[] ReadModelFile(ModelRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var path = Path.Combine(Folder, registration.ModelFile);
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(hash, registration.ModelSha256, StringComparison.Ordinal))
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"model file {path} has SHA-256 {hash}, the registry expects {registration.ModelSha256}"));
        return bytes;
    }

    /// <summary>A registration as the store keeps it: the entry itself as details, the model file as bytes.</summary>
    public Storage.ModelRecord ToRecord(ModelRegistration registration) => new()
    {
        Id = registration.Id,
        Name = registration.Name,
        Kind = registration.Kind,
        TrainedUtc = registration.TrainedUtc,
        DataSha256 = registration.DataSha256,
        Protocol = registration.Protocol,
        Metrics = registration.Metrics.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
        DetailsJson = JsonSerializer.Serialize(registration, Json),
        ModelFile = ReadModelFile(registration),
    };

    /// <summary>Loads a registered model, checking the file's hash against the registration.</summary>
    public IModel Load(ModelRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        using var stream = new MemoryStream(ReadModelFile(registration));
        return ModelFile.Load(stream);
    }

    private static FeatureBaseline[] Baselines(Dataset data)
    {
        var result = new List<FeatureBaseline>();
        for (var c = 0; c < data.Columns; c++)
        {
            var column = data.Features.Column(c);
            if (column.All(double.IsNaN)) continue;
            var edges = PopulationStabilityIndex.QuantileEdges(column);
            var shares = PopulationStabilityIndex.ComputeWithEdges(column, column, edges).Bins.Select(b => b.ExpectedShare).ToArray();
            result.Add(new FeatureBaseline(data.FeatureNames[c], edges, shares));
        }

        return [.. result];
    }
}
