using Formcast.Core;

namespace Formcast.Analytics.Tests.Days;

/// <summary>Field-by-field comparison of athlete-days with a tolerance on every number.</summary>
internal static class DayAssert
{
    public static void Same(AthleteDay expected, AthleteDay actual, double tolerance)
    {
        var at = expected.Date.ToString(" 'on' yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (!(expected.Date == actual.Date)) Assert.Fail("date" + at);
        if (!(expected.Status == actual.Status)) Assert.Fail("status" + at);
        if (!(expected.LoadSource == actual.LoadSource)) Assert.Fail("load source" + at);
        if (!(expected.SessionCount == actual.SessionCount)) Assert.Fail("session count" + at);
        if (expected.Quality != actual.Quality) Assert.Fail($"quality {expected.Quality} vs {actual.Quality}" + at);
        if (!(expected.Provenance == actual.Provenance)) Assert.Fail("provenance" + at);
        Near(expected.Load, actual.Load, tolerance, "load", at);
        Near(expected.TrainingMinutes, actual.TrainingMinutes, tolerance, "minutes", at);
        Near(expected.Fitness, actual.Fitness, tolerance, "fitness", at);
        Near(expected.Fatigue, actual.Fatigue, tolerance, "fatigue", at);
        Near(expected.Form, actual.Form, tolerance, "form", at);
        Near(expected.RampRate, actual.RampRate, tolerance, "ramp", at);
        Near(expected.AcwrRollingCoupled, actual.AcwrRollingCoupled, tolerance, "acwr coupled", at);
        Near(expected.AcwrRollingUncoupled, actual.AcwrRollingUncoupled, tolerance, "acwr uncoupled", at);
        Near(expected.AcwrEwma, actual.AcwrEwma, tolerance, "acwr ewma", at);
        Near(expected.Monotony, actual.Monotony, tolerance, "monotony", at);
        Near(expected.Strain, actual.Strain, tolerance, "strain", at);
        Near(expected.Readiness, actual.Readiness, tolerance, "readiness", at);
        if (expected.Metrics.Count != actual.Metrics.Count) Assert.Fail("metric count" + at);
        foreach (var (name, value) in expected.Metrics) Near(value, actual.Metrics.TryGetValue(name, out var v) ? v : null, tolerance, name, at);
        Assert.Equal(expected.ReadinessContributors.Count, actual.ReadinessContributors.Count);
        for (var i = 0; i < expected.ReadinessContributors.Count; i++)
        {
            var e = expected.ReadinessContributors[i];
            var a = actual.ReadinessContributors[i];
            if (e.Name != a.Name || e.Direction != a.Direction || e.Unit != a.Unit || e.Explanation != a.Explanation)
                Assert.Fail($"contributor {e.Name} differs" + at);
            Near(e.Value, a.Value, tolerance, e.Name + " value", at);
            Near(e.BaselineMean, a.BaselineMean, tolerance, e.Name + " baseline", at);
            Near(e.ZScore, a.ZScore, tolerance, e.Name + " z", at);
        }
    }

    private static void Near(double? expected, double? actual, double tolerance, string what, string at)
    {
        var same = expected is { } e && actual is { } a
            ? Math.Abs(e - a) <= tolerance * Math.Max(1, Math.Abs(e))
            : expected.HasValue == actual.HasValue;
        if (!same) Assert.Fail($"{what}{at}: {expected} vs {actual}");
    }
}
