using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>One day's readiness: the 0–100 number (null without any baseline comparison), its contributors, the
/// data-quality flags it raises and the numbers behind it by metric name.</summary>
internal sealed record ReadinessResult(
    double? Score, IReadOnlyList<ReadinessContributor> Contributors, DayQualityFlags Flags, IReadOnlyList<KeyValuePair<string, double>> Metrics);
