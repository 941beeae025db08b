using Formcast.Core;
using Formcast.Learning;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Race;

/// <summary>
/// One race-prediction task: the target distance and the prior bests the prediction may use (the first is the one the
/// formulas carry over, the longest). Rows are the runners with all of them. The models learn the log-ratio of the
/// target time to Riegel's prediction from the first prior, from the log prior times, age and sex; a prediction is
/// Riegel's time × e^(predicted log-ratio), so every model starts from the formula and learns its correction.
/// </summary>
internal sealed record RaceTask(string Id, string Title, double TargetMeters, IReadOnlyList<double> PriorMeters)
{
    public static IReadOnlyList<RaceTask> All { get; } =
    [
        new("marathon.one-prior", "Marathon from the half marathon", AthlinksLoader.MarathonMeters, [AthlinksLoader.HalfMarathonMeters]),
        new("marathon.two-prior", "Marathon from the half marathon and 10 km", AthlinksLoader.MarathonMeters, [AthlinksLoader.HalfMarathonMeters, 10_000]),
        new("half.one-prior", "Half marathon from 10 km", AthlinksLoader.HalfMarathonMeters, [10_000]),
        new("half.two-prior", "Half marathon from 10 km and 5 km", AthlinksLoader.HalfMarathonMeters, [10_000, 5_000]),
    ];

    public IReadOnlyList<string> FeatureNames =>
        [.. PriorMeters.Select(m => "ln_best_" + DistanceName(m)), "age_years", "sex_male"];

    /// <summary>Runners with the target and every prior.</summary>
    public RaceRunner[] Eligible(IReadOnlyList<RaceRunner> runners) =>
        [.. runners.Where(r => r.Has(TargetMeters) && PriorMeters.All(r.Has))];

    /// <summary>Features, target (log-ratio to Riegel) and groups (runner id) of <paramref name="runners"/>.</summary>
    public Dataset Build(IReadOnlyList<RaceRunner> runners)
    {
        var features = new Matrix(runners.Count, PriorMeters.Count + 2);
        var target = new double[runners.Count];
        for (var i = 0; i < runners.Count; i++)
        {
            var r = runners[i];
            var row = features.Row(i);
            for (var p = 0; p < PriorMeters.Count; p++) row[p] = Math.Log(r.Best(PriorMeters[p]));
            row[PriorMeters.Count] = r.AgeYears;
            row[PriorMeters.Count + 1] = r.Sex == Sex.Male ? 1 : 0;
            target[i] = Math.Log(r.Best(TargetMeters) / Riegel(r));
        }

        return new Dataset(features, target, FeatureNames, [.. runners.Select(r => r.Id)]);
    }

    /// <summary>Riegel's prediction, seconds, from the first prior.</summary>
    public double Riegel(RaceRunner runner) => Analytics.RaceTimeModels.Riegel(PriorMeters[0], runner.Best(PriorMeters[0]), TargetMeters);

    /// <summary>Cameron's prediction, seconds, from the first prior.</summary>
    public double Cameron(RaceRunner runner) => Analytics.RaceTimeModels.Cameron(PriorMeters[0], runner.Best(PriorMeters[0]), TargetMeters);

    /// <summary>Daniels–Gilbert VDOT prediction, seconds, from the first prior.</summary>
    public double Vdot(RaceRunner runner) =>
        Analytics.Vdot.PredictTimeSeconds(Analytics.Vdot.FromRace(PriorMeters[0], runner.Best(PriorMeters[0])), TargetMeters);

    public static string DistanceName(double meters) => meters switch
    {
        AthlinksLoader.MarathonMeters => "marathon",
        AthlinksLoader.HalfMarathonMeters => "half",
        _ => (meters / 1000).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "k",
    };
}
