using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Reporting;

/// <summary>Collects one report section and the headline numbers it contributes to the report's flat list.</summary>
internal sealed class SectionBuilder(string id, string title, string protocol, List<ReportedNumber> numbers)
{
    private readonly List<ReportTable> _tables = [];
    private readonly List<ReportChart> _charts = [];
    private readonly List<string> _findings = [];

    public string Id { get; } = id;

    public string Protocol { get; } = protocol;

    public SectionBuilder Table(string caption, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        _tables.Add(new ReportTable(caption, columns, [.. rows]));
        return this;
    }

    public SectionBuilder Chart(ReportChart chart)
    {
        _charts.Add(chart);
        return this;
    }

    public SectionBuilder Finding(string text)
    {
        _findings.Add(text);
        return this;
    }

    public SectionBuilder Number(string subject, string metric, ConfidenceInterval interval) =>
        Number(subject, metric, interval.Estimate, interval.Lower, interval.Upper);

    public SectionBuilder Number(string subject, string metric, double value, double lower = double.NaN, double upper = double.NaN)
    {
        numbers.Add(new ReportedNumber(Id, subject, metric, value, lower, upper, Protocol));
        return this;
    }

    /// <summary>The numbers this section has reported so far for <paramref name="subject"/>.</summary>
    public IReadOnlyList<ReportedNumber> Reported(string subject) => [.. numbers.Where(n => n.Section == Id && n.Subject == subject)];

    public ReportSection Build() => new()
    {
        Id = Id,
        Title = title,
        Protocol = Protocol,
        Tables = [.. _tables],
        Charts = [.. _charts],
        Findings = [.. _findings],
    };
}
