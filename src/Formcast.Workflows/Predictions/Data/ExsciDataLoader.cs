using Formcast.Formats;
using Formcast.Workflows.Learning.Internal;
using static Formcast.Workflows.Predictions.Data.DatasetFiles;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// Reads the intervention studies of the <c>exscidata</c> package (D. Hammarström, CC0; CSV exports of its data
/// objects) from a folder: <c>cyclingstudy.csv</c> (Sylta et al. 2016, MSSE 48:2165 — tests before and after three
/// 4-week meso-cycles of high-intensity periodisation), <c>heatxc.csv</c> (Rønnestad et al. 2022, SJMSS 32:1089 —
/// 5 weeks of heat-suit training in elite cross-country skiers) and <c>hbmass.csv</c> (Rønnestad et al. 2021, Exp
/// Physiol 106:316 — 5 weeks of heat training in cyclists). Missing files are skipped with a warning; "NA" cells are
/// missing values.
/// </summary>
internal static class ExsciDataLoader
{
    public static LoadResult<IReadOnlyList<InterventionStudy>> Load(string folder)
    {
        if (!Directory.Exists(folder)) return LoadResult<IReadOnlyList<InterventionStudy>>.Failure("exscidata.folder", "the folder does not exist", folder);
        var diagnostics = new List<FormatDiagnostic>();
        var studies = new List<InterventionStudy>();
        if (Read(Path.Combine(folder, "cyclingstudy.csv"), "subject", "group", "timepoint", "pre", "meso3", diagnostics) is { } cycling)
        {
            studies.Add(new InterventionStudy("cyclingstudy",
                "Sylta Ø, Tønnessen E, Hammarström D, et al. Med Sci Sports Exerc 2016;48(11):2165-2174",
                "12 weeks (three 4-week meso-cycles) of high-intensity interval training periodised as increasing, decreasing or mixed",
                cycling,
                [new("VO2.max", "VO2max", "ml/min"), new("peak.power", "peak power", "W")],
                ["VO2.max", "peak.power", "mean.power", "tte", "end.load", "weight.T1", "HF.max", "cmj.max", "age", "height.T1"]));
        }

        if (Read(Path.Combine(folder, "heatxc.csv"), "participant", "group", "time", "pre", "post", diagnostics) is { } heat)
        {
            studies.Add(new InterventionStudy("heatxc",
                "Rønnestad BR, Lid OM, Hansen J, et al. Scand J Med Sci Sports 2022;32:1089-1098",
                "5 weeks of heat-suit training (exp) or usual training (con) in elite cross-country skiers",
                heat,
                [new("VO2max", "VO2max", "ml/min"), new("hbmass", "haemoglobin mass", "g")],
                ["VO2max", "hbmass", "tte", "lt", "weight", "distance_allout", "hf_max"]));
        }

        if (Read(Path.Combine(folder, "hbmass.csv"), "id", "group", "time", "pre", "post", diagnostics) is { } hb)
        {
            studies.Add(new InterventionStudy("hbmass",
                "Rønnestad BR et al. Exp Physiol 2021;106:316-327",
                "5 weeks of heat-chamber training (heat) or usual training (con) in cyclists",
                hb,
                [new("hb", "haemoglobin mass", "g")],
                ["hb"]));
        }

        if (studies.Count == 0)
            return LoadResult<IReadOnlyList<InterventionStudy>>.Failure("exscidata.empty", "none of cyclingstudy.csv, heatxc.csv, hbmass.csv could be read", folder);
        return new LoadResult<IReadOnlyList<InterventionStudy>>(studies, diagnostics);
    }

    /// <summary>Pairs each participant's rows at <paramref name="before"/> and <paramref name="after"/>; a measurement
    /// missing after (e.g. height, measured once) is taken from before when a model needs it as a predictor.</summary>
    private static List<InterventionParticipant>? Read(string path, string idColumn, string groupColumn, string timeColumn, string before, string after,
        List<FormatDiagnostic> diagnostics)
    {
        if (ReadTable(path, diagnostics, required: true) is not { } table) return null;
        var id = Column(table, idColumn);
        var group = Column(table, groupColumn);
        var time = Column(table, timeColumn);
        if (id < 0 || group < 0 || time < 0)
        {
            diagnostics.Add(Warning("exscidata.layout", $"expected columns {idColumn}, {groupColumn}, {timeColumn}: study left out", path));
            return null;
        }

        var pre = new Dictionary<string, (string Group, Dictionary<string, double> Values)>(StringComparer.Ordinal);
        var post = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var when = Field(row, time);
            if (when != before && when != after) continue;
            var values = Values(table, row);
            if (when == before) pre[Field(row, id)] = (Field(row, group), values);
            else post[Field(row, id)] = values;
        }

        return [.. pre.Where(p => post.ContainsKey(p.Key)).Select(p => new InterventionParticipant(p.Key, p.Value.Group, p.Value.Values, post[p.Key]))];
    }

    private static Dictionary<string, double> Values(CsvTable table, string[] row)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < table.Header.Length; c++)
        {
            if (Number(Field(row, c)) is { } v) values[table.Header[c].Trim()] = v;
        }

        return values;
    }
}
