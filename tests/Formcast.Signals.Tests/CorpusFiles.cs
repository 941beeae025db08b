using System.Globalization;
using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Signals.Tests;

/// <summary>Reads the corpus files the signal tests use, in place (see each folder's PROVENANCE.md).</summary>
internal static class CorpusFiles
{
    public const string HrmPluginBeatTimes =
        "formats/fit/garmin-fit-python-sdk/HrmPluginTestActivity.fit.expected-hr-event_timestamps.json";

    public const string OxfordFolder = "formats/imu/oxford-step-counter";

    /// <summary>Beat times (s) from the Garmin FIT SDK's expected HRM-plugin heart-rate event timestamps.</summary>
    public static double[] ReadBeatTimes()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Corpus.Path(HrmPluginBeatTimes)));
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetDouble())];
    }

    /// <summary>
    /// An Oxford step-counter trace: accelerometer times (s), axes (m/s²), the ground-truth step count and, for the
    /// validation files, the count of the dataset authors' own app (−1 otherwise).
    /// </summary>
    internal sealed record StepTrace(
        string Name, double[] TimeSeconds, double[] X, double[] Y, double[] Z, int GroundTruthSteps, double[] GroundTruthCumulative,
        int DatasetAlgorithmSteps = -1);

    /// <summary>
    /// A validation file: <c>timestamp_ns, accx, accy, accz, steps_algo, steps_ground_truth, steps_hw</c>; the
    /// ground truth is the cumulative count in the sixth column (its final value is the trace's step count).
    /// </summary>
    public static StepTrace ReadValidationTrace(string fileName)
    {
        var rows = ReadCsv(Corpus.Path($"{OxfordFolder}/validation/{fileName}"));
        var truth = rows.Select(r => r[5]).ToArray();
        return new StepTrace(
            fileName, [.. rows.Select(r => r[0] / 1e9)], [.. rows.Select(r => r[1])], [.. rows.Select(r => r[2])],
            [.. rows.Select(r => r[3])], (int)truth[^1], truth, (int)rows[^1][4]);
    }

    /// <summary>
    /// An optimisation folder: <c>accelerometer.csv</c> = <c>timestamp_ns, accuracy, x, y, z</c>;
    /// <c>stepcounter.csv</c> = <c>timestamp_ns, foot1, foot2</c>; steps = 0→1 transitions of both foot switches
    /// between consecutive rows (the upstream <c>stats.js</c> rule, which reproduces <c>stats.csv</c>, per
    /// PROVENANCE.md); a switch already closed in the first row is not a step.
    /// </summary>
    public static StepTrace ReadOptimisationTrace(string folder)
    {
        var acc = ReadCsv(Corpus.Path($"{OxfordFolder}/optimisation/{folder}/accelerometer.csv"));
        var feet = ReadCsv(Corpus.Path($"{OxfordFolder}/optimisation/{folder}/stepcounter.csv"));
        var steps = 0;
        for (var foot = 1; foot <= 2; foot++)
        {
            var previous = feet[0][foot];
            foreach (var row in feet)
            {
                if (previous == 0 && row[foot] == 1) steps++;
                previous = row[foot];
            }
        }

        return new StepTrace(
            folder, [.. acc.Select(r => r[0] / 1e9)], [.. acc.Select(r => r[2])], [.. acc.Select(r => r[3])],
            [.. acc.Select(r => r[4])], steps, []);
    }

    private static List<double[]> ReadCsv(string path)
    {
        var rows = new List<double[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add([.. line.Split(',').Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture))]);
        }

        return rows;
    }
}
