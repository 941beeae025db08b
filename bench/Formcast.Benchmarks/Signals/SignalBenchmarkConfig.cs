using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Formcast.Benchmarks.Signals;

/// <summary>
/// Short runs (the machine is shared and noisy; ratios matter more than digits) with a JSON report for peers.py.
/// In-process: generating and building a separate benchmark project timed out on the loaded build machine.
/// </summary>
internal sealed class SignalBenchmarkConfig : ManualConfig
{
    public SignalBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithToolchain(InProcessEmitToolchain.Instance).WithId("signals"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(JsonExporter.Brief);
    }
}
