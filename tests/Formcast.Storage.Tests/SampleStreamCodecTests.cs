using Formcast.Core;
using Formcast.Storage.Internal;

namespace Formcast.Storage.Tests;

public sealed class SampleStreamCodecTests
{
    [Fact]
    public void RandomStreams_RoundTripBitForBit()
    {
        var random = new Random(20240601);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(0, 2000);
            var time = new double[n];
            var channels = new Dictionary<string, double[]>();
            for (var i = 1; i < n; i++) time[i] = time[i - 1] + (random.NextDouble() < 0.9 ? 1 : random.Next(2, 300));
            foreach (var name in new[] { "heart_rate", "speed", "weird", "empty" })
            {
                var values = new double[n];
                for (var i = 0; i < n; i++)
                {
                    values[i] = name switch
                    {
                        "heart_rate" => random.Next(40, 200),
                        "speed" => random.Next(0, 8000) / 1000.0,
                        "empty" => double.NaN,
                        _ => random.NextDouble() * 1e6 * (random.NextDouble() < 0.5 ? -1 : 1),
                    };
                    if (random.NextDouble() < 0.05) values[i] = double.NaN;
                }

                channels[name] = values;
            }

            var rr = random.NextDouble() < 0.5 ? null : Enumerable.Range(0, random.Next(0, 500)).Select(_ => random.Next(300, 1500) + 0.5).ToArray();
            var streams = new SampleStreams(time, channels, rr);
            var decoded = SampleStreamCodec.Decode(SampleStreamCodec.Encode(streams), "trial");
            Assert.True(streams.ContentEquals(decoded), $"trial {trial} differs");
        }
    }

    [Fact]
    public void DeviceResolutionValues_CompressWellBelowEightBytesPerValue()
    {
        var n = 3600;
        var random = new Random(7);
        var hr = new double[n];
        var speed = new double[n];
        var time = new double[n];
        double h = 120, v = 3.2;
        for (var i = 0; i < n; i++)
        {
            time[i] = i;
            h = Math.Clamp(h + random.Next(-2, 3), 90, 190);
            v = Math.Clamp(v + (random.Next(-30, 31) / 1000.0), 2, 5);
            hr[i] = h;
            speed[i] = Math.Round(v, 3);
        }

        var blob = SampleStreamCodec.Encode(new SampleStreams(time, new Dictionary<string, double[]> { ["heart_rate"] = hr, ["speed"] = speed }));
        // Three columns of doubles would be 86,400 bytes; delta-varints of device-resolution values need about 2 bytes per value.
        Assert.True(blob.Length < 3 * n * 2, $"blob is {blob.Length} bytes");
    }

    [Fact]
    public void DamagedBlobs_FailWithAStoreErrorNamingTheActivity()
    {
        var streams = new SampleStreams([0, 1, 2], new Dictionary<string, double[]> { ["heart_rate"] = [100, 101, 102] });
        var blob = SampleStreamCodec.Encode(streams);
        var random = new Random(3);
        for (var trial = 0; trial < 500; trial++)
        {
            var damaged = (byte[])blob.Clone();
            switch (trial % 3)
            {
                case 0:
                    damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    damaged = damaged[..random.Next(damaged.Length)];
                    break;
                default:
                    damaged = [.. damaged, .. new byte[random.Next(1, 20)]];
                    break;
            }

            try
            {
                SampleStreamCodec.Decode(damaged, "activity 42");
            }
            catch (StoreException e)
            {
                Assert.Contains("activity 42", e.Message, StringComparison.Ordinal);
            }
        }
    }
}
