namespace Formcast.Learning.Drift;

/// <summary>One bin of a PSI table: its value range (lower exclusive, upper inclusive; the missing-value bin has NaN
/// bounds), the reference and current shares, and the bin's term (a − e)·ln(a / e).</summary>
public sealed record PsiBin(double Lower, double Upper, double ExpectedShare, double ActualShare, double Contribution)
{
    public bool IsMissingBin => double.IsNaN(Lower) && double.IsNaN(Upper);
}
