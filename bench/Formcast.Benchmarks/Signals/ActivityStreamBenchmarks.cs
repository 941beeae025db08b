using BenchmarkDotNet.Attributes;
using Formcast.Signals;

namespace Formcast.Benchmarks.Signals;

/// <summary>The main cleaning kernels on a 3-hour 1 Hz heart-rate stream (10,800 samples).</summary>
[Config(typeof(SignalBenchmarkConfig))]
public class ActivityStreamBenchmarks
{
    private double[] _heartRate = [];
    private double[] _filled = [];
    private double[] _times = [];
    private double[] _irregular = [];
    private double[] _output = [];
    private bool[] _flags = [];
    private RangeStatus[] _status = [];

    [GlobalSetup]
    public void Setup()
    {
        _heartRate = SignalBenchmarkData.HeartRate();
        _filled = new double[_heartRate.Length];
        GapFilling.Linear(_heartRate, int.MaxValue, _filled);
        (_times, _irregular) = SignalBenchmarkData.IrregularHeartRate();
        _output = new double[_heartRate.Length];
        _flags = new bool[_heartRate.Length];
        _status = new RangeStatus[_heartRate.Length];
    }

    [Benchmark]
    public int RangeCheck() => PhysiologicalRanges.Check(_heartRate, PhysiologicalRanges.HeartRate, _status);

    [Benchmark]
    public int ZScoreOutliers() => Outliers.ZScore(_heartRate, 3, _flags);

    [Benchmark]
    public int TukeyOutliers() => Outliers.Tukey(_heartRate, 1.5, _flags);

    [Benchmark]
    public int HampelH5() => Outliers.Hampel(_heartRate, 5, 3, _flags);

    [Benchmark]
    public void MovingMeanCentred31() => Smoothing.MovingMean(_heartRate, 31, WindowAlignment.Centered, _output);

    [Benchmark]
    public void MovingMedianCentred31() => Smoothing.MovingMedian(_heartRate, 31, WindowAlignment.Centered, _output);

    [Benchmark]
    public int GapFillLinear() => GapFilling.Linear(_heartRate, 10, _output);

    [Benchmark]
    public int GapFillLagrange() => GapFilling.Lagrange(_heartRate, 10, 2, _output);

    [Benchmark]
    public int GapFillNaturalSpline() => GapFilling.NaturalSpline(_heartRate, 10, _output);

    [Benchmark]
    public void ResampleLinear1Hz() => Resampling.Linear(_times, _irregular, 1, 1, 5, _output);

    [Benchmark]
    public (double, double) ZScoreNormalise() => Normalization.ZScore(_heartRate, _output);

    [Benchmark]
    public TimeDomainSummary TimeDomainSummaryGapFree() => TimeDomain.Summarize(_filled);
}
