namespace Formcast.Learning.Evaluation.Internal;

/// <summary>
/// The standard normal distribution function and its inverse, to double precision. Φ uses W. J. Cody's rational
/// Chebyshev approximations of erf/erfc (Cody 1969, Math. Comp. 23:631, as in his CALERF routine); Φ⁻¹ uses Wichura's
/// algorithm AS 241 (PPND16, Applied Statistics 37:477, 1988), accurate to about 1e-16.
/// </summary>
internal static class NormalDistribution
{
    private static readonly double[] ErfA = [3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1];
    private static readonly double[] ErfB = [2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03];
    private static readonly double[] ErfcC = [5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03, 2.15311535474403846e-8];
    private static readonly double[] ErfcD = [1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03];
    private static readonly double[] ErfcP = [3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2];
    private static readonly double[] ErfcQ = [2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];

    // AS 241 coefficients, ascending powers.
    private static readonly double[] CentralNumerator = [3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3, 1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4, 2.5090809287301226727e3];
    private static readonly double[] CentralDenominator = [1, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3];
    private static readonly double[] IntermediateNumerator = [1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4];
    private static readonly double[] IntermediateDenominator = [1, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9];
    private static readonly double[] TailNumerator = [6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
    private static readonly double[] TailDenominator = [1, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15];

    private const double InverseSqrtPi = 0.56418958354775628695;
    private const double InverseSqrt2 = 0.70710678118654752440;

    /// <summary>Φ(<paramref name="x"/>) = P(Z ≤ x).</summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        var z = x * InverseSqrt2;
        return x >= 0 ? 1 - (0.5 * Erfc(z)) : 0.5 * Erfc(-z);
    }

    /// <summary>Complementary error function erfc(<paramref name="x"/>).</summary>
    public static double Erfc(double x)
    {
        var y = Math.Abs(x);
        double result;
        if (y <= 0.46875)
        {
            var z = y > 1.11e-16 ? y * y : 0;
            var num = ErfA[4] * z;
            var den = z;
            for (var i = 0; i < 3; i++)
            {
                num = (num + ErfA[i]) * z;
                den = (den + ErfB[i]) * z;
            }

            var erf = x * (num + ErfA[3]) / (den + ErfB[3]);
            return 1 - erf;
        }

        if (y <= 4)
        {
            var num = ErfcC[8] * y;
            var den = y;
            for (var i = 0; i < 7; i++)
            {
                num = (num + ErfcC[i]) * y;
                den = (den + ErfcD[i]) * y;
            }

            result = (num + ErfcC[7]) / (den + ErfcD[7]);
        }
        else
        {
            if (y >= 26.55) return x > 0 ? 0 : 2;
            var z = 1 / (y * y);
            var num = ErfcP[5] * z;
            var den = z;
            for (var i = 0; i < 4; i++)
            {
                num = (num + ErfcP[i]) * z;
                den = (den + ErfcQ[i]) * z;
            }

            result = z * (num + ErfcP[4]) / (den + ErfcQ[4]);
            result = (InverseSqrtPi - result) / y;
        }

        // exp(−y²) split as exp(−ysq²)·exp(−(y−ysq)(y+ysq)) to keep the cancellation exact (Cody's CALERF).
        var ysq = Math.Truncate(y * 16) / 16;
        var del = (y - ysq) * (y + ysq);
        result = Math.Exp(-ysq * ysq) * Math.Exp(-del) * result;
        return x < 0 ? 2 - result : result;
    }

    /// <summary>Φ⁻¹(<paramref name="p"/>), with ±∞ at 0 and 1.</summary>
    public static double Quantile(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1) return double.NaN;
        if (p == 0) return double.NegativeInfinity;
        if (p == 1) return double.PositiveInfinity;
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Horner(CentralNumerator, r) / Horner(CentralDenominator, r);
        }

        var rr = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        var value = rr <= 5
            ? Horner(IntermediateNumerator, rr - 1.6) / Horner(IntermediateDenominator, rr - 1.6)
            : Horner(TailNumerator, rr - 5) / Horner(TailDenominator, rr - 5);
        return q < 0 ? -value : value;
    }

    /// <summary>Σ c[i]·x^i by Horner's rule (coefficients in ascending powers).</summary>
    private static double Horner(double[] coefficients, double x)
    {
        var sum = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--) sum = (sum * x) + coefficients[i];
        return sum;
    }
}
