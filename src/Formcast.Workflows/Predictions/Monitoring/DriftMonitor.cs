using Formcast.Learning;
using Formcast.Learning.Drift;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// Feature drift over time: the rows before <c>splitTime</c> are the reference (what a model trained then saw), and
/// each later block of <c>blockDays</c> days is compared with it feature by feature by the population-stability index
/// (decile bins of the reference; below 0.1 stable, 0.1–0.25 moderate, 0.25 and above significant).
/// </summary>
internal static class DriftMonitor
{
    /// <summary>Fewest rows a block needs before its PSI is worth reporting (deciles of fewer rows are mostly noise).</summary>
    public const int MinimumBlockRows = 20;

    public static IReadOnlyList<DriftBlock> Run(Dataset data, double splitTime, int blockDays)
    {
        ArgumentNullException.ThrowIfNull(data);
        var time = data.Time ?? throw new ArgumentException("drift over time needs the rows' times", nameof(data));
        var reference = Enumerable.Range(0, data.Rows).Where(r => time[r] < splitTime).ToArray();
        if (reference.Length < MinimumBlockRows) return [];
        var later = Enumerable.Range(0, data.Rows).Where(r => time[r] >= splitTime).GroupBy(r => (int)((time[r] - splitTime) / blockDays)).OrderBy(g => g.Key);
        var blocks = new List<DriftBlock>();
        foreach (var block in later)
        {
            var rows = block.ToArray();
            if (rows.Length < MinimumBlockRows) continue;
            var psi = new List<(string Feature, double Value)>();
            for (var c = 0; c < data.Columns; c++)
            {
                var expected = reference.Select(r => data.Features[r, c]).ToArray();
                if (expected.All(double.IsNaN)) continue;
                var actual = rows.Select(r => data.Features[r, c]).ToArray();
                psi.Add((data.FeatureNames[c], PopulationStabilityIndex.Compute(expected, actual).Value));
            }

            var start = splitTime + (block.Key * blockDays);
            blocks.Add(new DriftBlock(start, start + blockDays - 1, rows.Length, [.. psi.OrderByDescending(p => p.Value)]));
        }

        return blocks;
    }
}
