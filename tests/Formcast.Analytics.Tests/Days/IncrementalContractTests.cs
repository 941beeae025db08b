using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Analytics.Tests.Days;

/// <summary>
/// The incremental contract: continuing from stored day D−1 with raw inputs from D (and the baseline window before D)
/// reproduces a full recomputation to 1e-9, for every convention set, on long randomised histories.
/// </summary>
public sealed class IncrementalContractTests
{
    private static readonly DateOnly Start = new(2021, 1, 1);

    public static TheoryData<string, DailyStateOptions> Conventions => new()
    {
        { "defaults", new DailyStateOptions() },
        { "runalyze-today", new DailyStateOptions { Weighting = LoadWeighting.Runalyze, FormDay = FormDay.Today } },
        { "reciprocal-custom", new DailyStateOptions { Weighting = LoadWeighting.Reciprocal, FitnessDays = 28, FatigueDays = 5, RampDays = 14, Readiness = new ReadinessOptions { HrvBaselineDays = 90, WellnessBaselineDays = 42 } } },
    };

    [Theory]
    [MemberData(nameof(Conventions))]
    public void ContinueFromAnyStoredDay_EqualsFullRecomputation(string name, DailyStateOptions options)
    {
        Assert.NotNull(name);
        var calculator = new AthleteDayCalculator(options);
        var rng = new Rng(2024);
        for (var history = 0; history < 4; history++)
        {
            const int days = 3 * 365;
            var inputs = RandomHistory.Generate(100 + (ulong)history, Start, days);
            var end = Start.AddDays(days - 1);
            var full = calculator.Compute(TestData.AthleteId, inputs, Start, end);
            Assert.Equal(days, full.Count);

            for (var trial = 0; trial < 12; trial++)
            {
                // Split points include the very first days, where fewer than CarryDays stored days exist.
                var split = trial < 2 ? 1 + trial : 1 + rng.NextInt(days - 1);
                var from = Start.AddDays(split);
                var stored = full.Skip(Math.Max(0, split - options.CarryDays)).Take(Math.Min(split, options.CarryDays)).ToList();
                var continued = calculator.Continue(TestData.AthleteId, stored, RandomHistory.From(inputs, from, options.RawLookbackDays), end);

                Assert.Equal(days - split, continued.Count);
                for (var i = 0; i < continued.Count; i++) DayAssert.Same(full[split + i], continued[i], 1e-9);
            }
        }
    }

    [Fact]
    public void NewActivityOnAPastDay_RecomputingFromThatDay_EqualsFullRecomputation()
    {
        var calculator = new AthleteDayCalculator();
        var inputs = RandomHistory.Generate(7, Start, 400);
        var end = Start.AddDays(399);
        var before = calculator.Compute(TestData.AthleteId, inputs, Start, end);

        var day = Start.AddDays(350);
        var added = new SessionLoad { Date = day, Load = 140, Source = LoadSource.Pace, DurationMinutes = 75 };
        var withNew = inputs with { Sessions = [.. inputs.Sessions, added] };
        var full = calculator.Compute(TestData.AthleteId, withNew, Start, end);

        var stored = before.Skip(350 - calculator.Options.CarryDays).Take(calculator.Options.CarryDays).ToList();
        var incremental = calculator.Continue(TestData.AthleteId, stored, RandomHistory.From(withNew, day, calculator.Options.RawLookbackDays), end);

        Assert.Equal(50, incremental.Count);
        for (var i = 0; i < incremental.Count; i++) DayAssert.Same(full[350 + i], incremental[i], 1e-9);
        Assert.NotEqual(before[350].Load, incremental[0].Load);
        // Days before the new activity are untouched.
        DayAssert.Same(before[349], full[349], 0);
    }

    [Fact]
    public void Continue_RejectsGapsTooFewDaysAndOtherConventions()
    {
        var calculator = new AthleteDayCalculator();
        var inputs = RandomHistory.Generate(3, Start, 100);
        var full = calculator.Compute(TestData.AthleteId, inputs, Start, Start.AddDays(99));
        var end = Start.AddDays(120);

        Assert.Throws<ArgumentException>(() => calculator.Continue(TestData.AthleteId, [full[10], full[12]], inputs, end));
        Assert.Throws<ArgumentException>(() => calculator.Continue(TestData.AthleteId, full.Skip(90).ToList(), inputs, end));
        var other = new AthleteDayCalculator(new DailyStateOptions { FormDay = FormDay.Today });
        Assert.Throws<ArgumentException>(() => other.Continue(TestData.AthleteId, full.Skip(50).ToList(), inputs, end));
    }
}
