using System.Globalization;
using System.Text;
using Formcast.Learning;

namespace Formcast.Workflows.Tests.Learning;

/// <summary>
/// A synthetic monitoring table, generated from a fixed seed: athletes × consecutive days with HRV, sleep, load, a
/// 1–5 soreness score, a free-text note, an RPE and an "injured" flag whose log-odds rise with load and fall with HRV.
/// </summary>
internal static class AthleteTable
{
    public static string Csv(int athletes = 8, int days = 40, double missingShare = 0, string injuredYes = "1", string injuredNo = "0")
    {
        var rng = new Rng(2024);
        var text = new StringBuilder("athlete,date,hrv_ms,sleep_h,load_au,soreness,notes,rpe,injured\n");
        var start = new DateOnly(2024, 3, 1);
        for (var a = 0; a < athletes; a++)
        {
            var baseline = 55 + (10 * rng.NextGaussian());
            for (var d = 0; d < days; d++)
            {
                var hrv = baseline + (6 * rng.NextGaussian());
                var sleep = 7.5 + (0.8 * rng.NextGaussian());
                var load = 400 + (150 * rng.NextGaussian());
                var soreness = 1 + rng.NextInt(5);
                var rpe = 2 + (load / 100) + (0.5 * rng.NextGaussian());
                var logit = -1.5 + ((load - 400) / 120) - ((hrv - 55) / 15);
                var injured = rng.NextDouble() < 1 / (1 + Math.Exp(-logit));
                string Cell(double v, string format) => missingShare > 0 && rng.NextDouble() < missingShare ? "" : v.ToString(format, CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture,
                    $"A{a + 1:00},{start.AddDays(d):yyyy-MM-dd},{Cell(hrv, "F1")},{Cell(sleep, "F2")},{load:F0},{soreness},{(d % 7 == 0 ? "\"long run, hills\"" : "ok")},{rpe:F2},{(injured ? injuredYes : injuredNo)}\n");
            }
        }

        return text.ToString();
    }
}
