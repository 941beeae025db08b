using Formcast.Learning;
using Formcast.TestSupport;

namespace Formcast.Planning.Tests.Ppo;

public sealed class PpoTrainerTests
{
    private static readonly PpoOptions Small = new()
    {
        TotalSteps = 24_576,
        StepsPerBatch = 2048,
        HiddenSizes = [32, 32],
        LearningRate = 3e-4,
        Seed = 5,
    };

    [Fact]
    public void LearnsTargetReaching()
    {
        var random = new Rng(1);
        var randomReturn = TargetReaching.Evaluate((_, a) => a[0] = (2 * random.NextDouble()) - 1);
        var result = new PpoTrainer(Small).Train(_ => new TargetReaching());
        var learned = TargetReaching.Evaluate((o, a) => result.Policy.Act(o, a));
        // Random play scores about −10; heading straight for the target about −1.1 (the starting gap is unavoidable).
        Assert.True(randomReturn < -7, $"random {randomReturn}");
        Assert.True(learned > -2.0, $"learned {learned} (random {randomReturn})");
        Assert.True(result.Iterations[^1].MeanEpisodeReturn > result.Iterations[0].MeanEpisodeReturn + 4);
    }

    [Fact]
    public void LearnsAContinuousBandit()
    {
        var result = new PpoTrainer(Small with { TotalSteps = 16_384 }).Train(_ => new ContinuousBandit());
        var error = 0.0;
        var action = new double[2];
        for (var i = 0; i < 200; i++)
        {
            var s = new[] { -1 + (i % 20 / 10.0), 1 - (i / 20 / 5.0) };
            result.Policy.Act(s, action);
            error += Math.Pow(action[0] - (0.8 * s[0]), 2) + Math.Pow(action[1] + (0.5 * s[1]), 2);
        }

        // A constant zero action has mean squared error (0.64 + 0.25)/3 ≈ 0.30 over the grid.
        Assert.True(error / 200 < 0.05, $"mean squared error {error / 200}");
    }

    [Fact]
    public void Training_IsDeterministicWhateverTheNumberOfCores()
    {
        var options = Small with { TotalSteps = 4096, HiddenSizes = [16], Epochs = 2 };
        var one = new PpoTrainer(options with { MaxDegreeOfParallelism = 1 }).Train(_ => new TargetReaching());
        var two = new PpoTrainer(options with { MaxDegreeOfParallelism = 2 }).Train(_ => new TargetReaching());
        var again = new PpoTrainer(options with { MaxDegreeOfParallelism = 2 }).Train(_ => new TargetReaching());
        Assert.Equal(one.Policy.Parameters, two.Policy.Parameters);
        Assert.Equal(two.Policy.Parameters, again.Policy.Parameters);
        var other = new PpoTrainer(options with { Seed = 6 }).Train(_ => new TargetReaching());
        Assert.NotEqual(one.Policy.Parameters, other.Policy.Parameters);
    }

    [Fact]
    public void Policy_SaveLoad_GivesTheSameActions()
    {
        var result = new PpoTrainer(Small with { TotalSteps = 2048, Epochs = 1 }).Train(_ => new TrainingEnvironment(new EnvironmentOptions { Mode = DecisionMode.Daily }));
        using var directory = new TempDirectory();
        var path = directory.File("policy.fcm");
        result.Policy.Save(path);
        var loaded = PpoPolicy.Load(path);
        var env = new TrainingEnvironment();
        var observation = env.Reset(3);
        var a = new double[8];
        var b = new double[8];
        result.Policy.Act(observation, a);
        loaded.Act(observation, b);
        Assert.Equal(a, b);
        Assert.Equal(result.Policy.Value(observation), loaded.Value(observation));
        Assert.Equal(new[] { 32, 32 }, loaded.HiddenSizes);
    }

    [Fact]
    public void Load_RejectsDamagedOrForeignFiles()
    {
        var result = new PpoTrainer(Small with { TotalSteps = 2048, Epochs = 1 }).Train(_ => new TargetReaching());
        using var buffer = new MemoryStream();
        result.Policy.Save(buffer);
        var bytes = buffer.ToArray();
        bytes[bytes.Length / 2] ^= 0x40;
        var damaged = Assert.Throws<ModelFormatException>(() => PpoPolicy.Load(new MemoryStream(bytes)));
        Assert.Equal("checksum", damaged.Field);
        Assert.Throws<ModelFormatException>(() => PpoPolicy.Load(new MemoryStream("not a model file at all, no"u8.ToArray())));
    }

    [Fact]
    public void Options_NameTheInvalidOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PpoTrainer(new PpoOptions { Gamma = 1.5 }));
        Assert.Equal("Gamma", error.ParamName);
        error = Assert.Throws<ArgumentOutOfRangeException>(() => new PpoTrainer(new PpoOptions { StepsPerBatch = 1000, Environments = 3 }));
        Assert.Equal("StepsPerBatch", error.ParamName);
    }

    [Fact]
    public void Defaults_AreTheStudysConfiguration()
    {
        var o = new PpoOptions();
        Assert.Equal(new[] { 128, 64, 32 }, o.HiddenSizes);
        Assert.Equal(1e-4, o.LearningRate);
        Assert.Equal(0.98, o.Gamma);
        Assert.Equal(0.2, o.ClipRange);
        Assert.Equal(2048, o.StepsPerBatch);
        Assert.Equal(80, o.Epochs * o.MinibatchesPerEpoch);
        Assert.Equal(50_000, o.TotalSteps);
    }
}
