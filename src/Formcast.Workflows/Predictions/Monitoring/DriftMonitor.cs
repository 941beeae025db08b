using Formcast.Learning;
using Formcast.Learning.Drift;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// Feature drift over time: the rows before <c>splitTime</c> are the reference (what a model trained then saw), and
/// each later block of <c>blockDays</c> days is compared with it feature by feature by the population-stability index
/// (decile bins of the reference — quintiles below 100 reference rows; below 0.1 stable, 0.1–0.25 moderate, 0.25 and
/// above significant). Those bands assume large samples: with n reference and m current rows PSI is about
/// (1/n + 1/m)·χ²(B − 1) when nothing shifted (Yurdakul 2018, <i>Statistical Properties of Population Stability Index</i>),
/// so each feature also gets the 95th percentile of that, its sampling-noise level, and only a PSI above it is a shift
/// the data can show.
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
            var psi = new List<(string Feature, double Value, double Noise)>();
            for (var c = 0; c < data.Columns; c++)
            {
                var expected = reference.Select(r => data.Features[r, c]).ToArray();
                if (expected.All(double.IsNaN)) continue;
                var actual = rows.Select(r => data.Features[r, c]).ToArray();
                var result = PopulationStabilityIndex.Compute(expected, actual, reference.Length < 100 ? 5 : 10);
                var bins = result.Bins.Count;
                var noise = bins < 2 ? double.PositiveInfinity
                    : MathNet.Numerics.Distributions.ChiSquared.InvCDF(bins - 1, 0.95) * ((1.0 / reference.Length) + (1.0 / rows.Length));
                psi.Add((data.FeatureNames[c], result.Value, noise));
            }

            var start = splitTime + (block.Key * blockDays);
            blocks.Add(new DriftBlock(start, start + blockDays - 1, rows.Length, [.. psi.OrderByDescending(p => p.Value)]));
        }

        return blocks;
    }
}
