using BenchmarkDotNet.Attributes;
using Formcast.Signals;

namespace Formcast.Benchmarks.Signals;

/// <summary>IMU kernels on 10 minutes of 100 Hz acceleration (60,000 samples × 3 axes), HRV on an hour of beats, KNN on a year of wellness rows.</summary>
[Config(typeof(SignalBenchmarkConfig))]
public class ImuAndHrvBenchmarks
{
    private double[] _x = [];
    private double[] _y = [];
    private double[] _z = [];
    private double[] _magnitude = [];
    private double[] _output = [];
    private double[] _welch = [];
    private double[] _rr = [];
    private double[] _wellness = [];
    private double[] _imputed = [];

    [GlobalSetup]
    public void Setup()
    {
        (_x, _y, _z) = SignalBenchmarkData.Imu();
        _magnitude = new double[_x.Length];
        Acceleration.Magnitude(_x, _y, _z, _magnitude);
        _output = new double[_x.Length];
        _welch = new double[Spectral.OneSidedLength(1024)];
        _rr = SignalBenchmarkData.RrIntervals();
        _wellness = SignalBenchmarkData.Wellness();
        _imputed = new double[_wellness.Length];
    }

    [Benchmark]
    public void AccelerationMagnitude() => Acceleration.Magnitude(_x, _y, _z, _output);

    [Benchmark]
    public void LinearAccelerationMagnitude() => Acceleration.LinearMagnitude(_x, _y, _z, SignalBenchmarkData.ImuRateHz, 0.5, _output);

    [Benchmark]
    public double WelchPsd1024() => Spectral.Welch(_magnitude, SignalBenchmarkData.ImuRateHz, 1024, _welch);

    [Benchmark]
    public SpectralFeatures PeriodogramFeatures() => Spectral.Analyze(_magnitude, SignalBenchmarkData.ImuRateHz, 1, 4);

    [Benchmark]
    public int StepDetection() => StepDetector.DetectSteps(_magnitude, SignalBenchmarkData.ImuRateHz).Length;

    [Benchmark]
    public HrvSummary HrvAnalyzeOneHour() => Hrv.Analyze(_rr);

    [Benchmark]
    public int KnnImputeYear() => KnnImputer.Impute(_wellness, SignalBenchmarkData.WellnessColumns, new KnnImputerOptions(), _imputed);
}
