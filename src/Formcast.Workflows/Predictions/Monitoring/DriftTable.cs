using Formcast.Learning;
using Formcast.Learning.Drift;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>Writes the feature-drift table of a dated dataset: each later 4-week block against the first half of the
/// rows by day (<see cref="DriftMonitor"/>).</summary>
internal static class DriftTable
{
    public static void Write(SectionBuilder section, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(data);
        var times = data.Time!.Order().ToArray();
        var split = times[times.Length / 2];
        var drift = DriftMonitor.Run(data, split, 28);
        section.Table(Invariant($"Feature drift: population-stability index of each later 4-week block against the rows before {DateOnly.FromDayNumber((int)split):yyyy-MM-dd}"),
            ["block", "rows", "moderate (0.1–0.25)", "significant (≥ 0.25)", "beyond sampling noise", "largest shifts (PSI / noise level)"],
            drift.Select(b => (IReadOnlyList<string>)[
                Invariant($"{DateOnly.FromDayNumber((int)b.StartTime):yyyy-MM-dd} – {DateOnly.FromDayNumber((int)b.EndTime):yyyy-MM-dd}"), Count(b.Rows),
                Count(b.Count(DriftBand.Moderate)), Count(b.Count(DriftBand.Significant)), Invariant($"{b.BeyondNoise} of {b.Features.Count}"),
                string.Join(", ", b.Features.Take(3).Select(f => Invariant($"{f.Feature} {f.Psi:0.00} / {f.Noise:0.00}")))]));
        if (drift.Count > 0)
            section.Finding("PSI bands (0.1, 0.25) come from large scoring populations; with a few dozen rows per block sampling noise alone exceeds them, so only the features beyond their noise level show a shift.");
        else
            section.Finding(Invariant($"Too few rows after the split for a drift block of at least {DriftMonitor.MinimumBlockRows} rows."));
    }
}
