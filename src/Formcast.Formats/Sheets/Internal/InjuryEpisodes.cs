using System.Globalization;
using Formcast.Core;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Merges periodic injury status reports (PMSys asks athletes about injuries every few days) into episodes: an
/// episode of a body part starts at the first report naming it and lasts while the athlete's following reports keep
/// naming it; a report without it closes it. The episode's severity is the worst reported. Time lost is not in such
/// reports, so it stays 0 and the details say how long the part was reported.
/// </summary>
internal static class InjuryEpisodes
{
    public sealed record Report(
        string AthleteKey,
        AthleteId AthleteId,
        DateOnly Date,
        int Line,
        IReadOnlyList<(string BodyPart, InjurySeverity Severity)> Parts,
        string Type);

    public static IEnumerable<(string Key, Injury Injury, int Line)> Merge(IReadOnlyList<Report> reports)
    {
        var output = new List<(string, Injury, int)>();
        foreach (var athlete in reports.GroupBy(r => r.AthleteKey, StringComparer.Ordinal))
        {
            var ordered = athlete.Select((r, i) => (r, i)).OrderBy(x => x.r.Date).ThenBy(x => x.i).Select(x => x.r).ToArray();
            var open = new Dictionary<string, Episode>(StringComparer.Ordinal);
            foreach (var report in ordered)
            {
                var named = report.Parts.Select(p => p.BodyPart).ToHashSet(StringComparer.Ordinal);
                foreach (var closed in open.Keys.Where(k => !named.Contains(k)).ToArray())
                {
                    output.Add(open[closed].ToInjury());
                    open.Remove(closed);
                }

                foreach (var (bodyPart, severity) in report.Parts)
                {
                    if (open.TryGetValue(bodyPart, out var episode)) episode.Extend(report.Date, severity);
                    else open[bodyPart] = new Episode(report, bodyPart, severity);
                }
            }

            output.AddRange(open.Values.Select(e => e.ToInjury()));
        }

        return output.OrderBy(o => o.Item1, StringComparer.Ordinal).ThenBy(o => o.Item2.OnsetDate).ThenBy(o => o.Item2.BodyPart, StringComparer.Ordinal);
    }

    private sealed class Episode(Report first, string bodyPart, InjurySeverity severity)
    {
        private DateOnly _last = first.Date;
        private InjurySeverity _worst = severity;
        private int _reports = 1;

        public void Extend(DateOnly date, InjurySeverity severity)
        {
            _last = date;
            if (severity > _worst) _worst = severity;
            _reports++;
        }

        public (string, Injury, int) ToInjury() => (first.AthleteKey, new Injury
        {
            Id = SheetReader.StableInjuryId(first.AthleteKey, first.Date, bodyPart),
            AthleteId = first.AthleteId,
            OnsetDate = first.Date,
            BodyPart = bodyPart,
            Type = first.Type,
            Severity = _worst,
            Details = string.Create(CultureInfo.InvariantCulture, $"reported in {_reports} status report(s) from {first.Date:yyyy-MM-dd} to {_last:yyyy-MM-dd}"),
        }, first.Line);
    }
}
