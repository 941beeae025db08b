namespace Formcast.Core;

/// <summary>One signal behind a readiness number, with its personal-baseline comparison.</summary>
/// <param name="Name">Machine name, e.g. "hrv", "resting_hr", "sleep", "soreness".</param>
/// <param name="Value">Today's value in <paramref name="Unit"/>, when measured.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="BaselineMean">The athlete's own baseline mean the value is compared with.</param>
/// <param name="ZScore">Standardised difference from the baseline, signed so that positive is better.</param>
/// <param name="Direction">Effect on readiness today.</param>
/// <param name="Explanation">One plain sentence, e.g. "HRV below your normal band for 3 days".</param>
public sealed record ReadinessContributor(
    string Name,
    double? Value,
    string Unit,
    double? BaselineMean,
    double? ZScore,
    ContributorDirection Direction,
    string Explanation);
