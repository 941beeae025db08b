using System.Globalization;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// A point estimate with its bootstrap interval. <see cref="UsedResamples"/> can be below <see cref="Resamples"/> when
/// the statistic is undefined on some resamples (e.g. AUC of a resample without positives); those are dropped.
/// </summary>
public sealed record ConfidenceInterval(
    double Estimate,
    double Lower,
    double Upper,
    double Confidence,
    IntervalMethod Method,
    int Resamples,
    int UsedResamples,
    bool Clustered,
    double StandardError)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Estimate:G4} [{Lower:G4}, {Upper:G4}] ({Confidence:P0} {(Method == IntervalMethod.Percentile ? "percentile" : "BCa")})");
}
