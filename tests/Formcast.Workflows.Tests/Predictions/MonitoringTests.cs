using Formcast.Learning;
using Formcast.Learning.Linear;
using Formcast.TestSupport;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>Model registration (data hash, read-back, tamper check) and drift detection.</summary>
public sealed class MonitoringTests
{
    private static Dataset Data(int rows, int seed, double shift = 0)
    {
        var random = new Random(seed);
        var x = new Matrix(rows, 3);
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            x[r, 0] = random.NextDouble() + shift;
            x[r, 1] = random.NextDouble();
            x[r, 2] = r % 7 == 0 ? double.NaN : random.NextDouble();
            y[r] = x[r, 0] + x[r, 1] > 1 ? 1 : 0;
        }

        return new Dataset(x, y, ["a", "b", "c"], [.. Enumerable.Range(0, rows).Select(r => r % 10)], time: [.. Enumerable.Range(0, rows).Select(r => (double)r)]);
    }

    [Fact]
    public void DataFingerprint_ChangesWithAnyValueAndNotOtherwise()
    {
        var a = Data(50, 1);
        var b = Data(50, 1);
        Assert.Equal(DataFingerprint.Sha256(a), DataFingerprint.Sha256(b));
        b.Features[17, 1] += 1e-12;
        Assert.NotEqual(DataFingerprint.Sha256(a), DataFingerprint.Sha256(b));
        Assert.Matches("^[0-9a-f]{64}$", DataFingerprint.Sha256(a));
    }

    [Fact]
    public void Registry_RegistersReadsBackAndRefusesATamperedFile()
    {
        using var folder = new TempDirectory();
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var registry = new ModelRegistry(folder.Path, clock);
        var data = Data(120, 2);
        var model = new PreparedClassifier(new LogisticRegressionLearner()).Fit(data);
        var entry = registry.Register("test-model", "logistic", model, data, "held-out athletes: test", [new RegisteredMetric("roc_auc", 0.7, 0.6, 0.8)]);

        var listed = Assert.Single(registry.List());
        Assert.Equal(entry.Id, listed.Id);
        Assert.Equal(clock.GetUtcNow(), listed.TrainedUtc);
        Assert.Equal(DataFingerprint.Sha256(data), listed.DataSha256);
        Assert.Equal(["a", "b", "c"], listed.Features);
        Assert.Equal(3, listed.FeatureBaselines.Count);
        Assert.Equal(0.7, Assert.Single(listed.Metrics).Value);

        // The file holds the inner model; with the registered preparation it predicts as the model did.
        var loaded = (IClassifier)registry.Load(listed);
        var prepared = (PreparedClassifierModel)model;
        var row = new double[3];
        for (var r = 0; r < 5; r++)
        {
            prepared.Preprocessor.Transform(data.Features.Row(r), row);
            var expected = new double[2];
            var actual = new double[2];
            model.PredictProbabilities(data.Features.Row(r), expected);
            loaded.PredictProbabilities(row, actual);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(prepared.Preprocessor.Medians, listed.InputMedians);

        // Registering the same model on the same data replaces the entry.
        registry.Register("test-model", "logistic", model, data, "held-out athletes: test", []);
        Assert.Single(registry.List());

        var path = Path.Combine(folder.Path, listed.ModelFile);
        var bytes = File.ReadAllBytes(path);
        bytes[^40] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<InvalidDataException>(() => registry.Load(listed));
    }

    [Fact]
    public void DriftMonitor_FindsAShiftBeyondNoiseAndLittleWithout()
    {
        var steady = Data(400, 3);
        var blocks = DriftMonitor.Run(steady, 200, 100);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.True(b.BeyondNoise <= 1, $"{b.BeyondNoise} features beyond noise without a shift"));

        // Shift feature "a" by one SD-width in the second half.
        var shifted = Data(400, 3);
        for (var r = 200; r < 400; r++) shifted.Features[r, 0] += 0.5;
        var moved = DriftMonitor.Run(shifted, 200, 100);
        Assert.All(moved, b => Assert.Equal("a", b.Features[0].Feature));
        Assert.All(moved, b => Assert.True(b.Features[0].Psi > b.Features[0].Noise));
    }
}
