namespace Formcast.Workflows.Predictions;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    /// <summary>Lines through (x, y) points, e.g. ROC and precision–recall curves.</summary>
    Line,

    /// <summary>Points with a dashed diagonal, e.g. a calibration curve.</summary>
    Calibration,

    /// <summary>Values per category with interval whiskers, e.g. a subgroup audit.</summary>
    Interval,
}

/// <summary>A chart for the HTML report (Chart.js): axes and series.</summary>
public sealed record ReportChart(string Title, ChartKind Kind, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series);
