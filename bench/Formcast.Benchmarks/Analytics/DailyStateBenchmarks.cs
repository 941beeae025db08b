using BenchmarkDotNet.Attributes;
using Formcast.Analytics;
using Formcast.Core;

namespace Formcast.Benchmarks.Analytics;

/// <summary>BenchmarkDotNet view of one athlete-year: full recomputation, incremental update after a new activity three
/// days ago, and a session-free what-if of four weeks.</summary>
[MemoryDiagnoser]
public class DailyStateBenchmarks
{
    private readonly AthleteDayCalculator _calculator = new();
    private AthleteDayInputs _inputs = new();
    private IReadOnlyList<AthleteDay> _carry = [];
    private AthleteDayInputs _incrementalInputs = new();
    private DateOnly _end;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticAthlete.Generate(7, 365);
        _end = SyntheticAthlete.Start.AddDays(364);
        var stored = _calculator.Compute(default, _inputs, SyntheticAthlete.Start, _end);
        var day = _end.AddDays(-3);
        var index = day.DayNumber - SyntheticAthlete.Start.DayNumber;
        _carry = stored.Skip(index - _calculator.Options.CarryDays).Take(_calculator.Options.CarryDays).ToList();
        _incrementalInputs = new AthleteDayInputs
        {
            Sessions = [.. _inputs.Sessions.Where(s => s.Date >= day), new SessionLoad { Date = day, Load = 95, Source = LoadSource.Pace }],
            Wellness = [.. _inputs.Wellness.Where(w => w.Date >= day.AddDays(-_calculator.Options.RawLookbackDays))],
        };
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<AthleteDay> FullAthleteYear() => _calculator.Compute(default, _inputs, SyntheticAthlete.Start, _end);

    [Benchmark]
    public IReadOnlyList<AthleteDay> IncrementalAfterOneActivity() => _calculator.Continue(default, _carry, _incrementalInputs, _end);
}
