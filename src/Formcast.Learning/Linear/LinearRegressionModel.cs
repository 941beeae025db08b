using System.Globalization;
using System.Numerics.Tensors;

namespace Formcast.Learning.Linear;

/// <summary>A fitted linear regression: prediction = w·x + b.</summary>
public sealed class LinearRegressionModel : IRegressor, ICoefficientModel
{
    public const string KindName = "linear-regression";

    private readonly double[] _coefficients;

    internal LinearRegressionModel(double[] coefficients, double intercept)
    {
        _coefficients = coefficients;
        Intercept = intercept;
    }

    public string Kind => KindName;

    public int FeatureCount => _coefficients.Length;

    public double Intercept { get; }

    public int CoefficientRows => 1;

    public ReadOnlySpan<double> Coefficients(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(row, 0);
        return _coefficients;
    }

    public double Predict(ReadOnlySpan<double> features)
    {
        if (features.Length != _coefficients.Length)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"expected {_coefficients.Length} features, got {features.Length}"), nameof(features));
        return TensorPrimitives.Dot(features, _coefficients) + Intercept;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_coefficients);
        writer.WriteDouble(Intercept);
    }

    internal static LinearRegressionModel Read(ModelReader reader)
    {
        if (reader.KindVersion != 1) throw reader.Error("version", $"{KindName} version {reader.KindVersion} is not supported");
        var coefficients = reader.ReadDoubles("coefficients");
        if (coefficients.Length == 0) throw reader.Error("coefficients", "a linear model needs at least one coefficient");
        var intercept = reader.ReadFiniteDouble("intercept");
        return new LinearRegressionModel(coefficients, intercept);
    }
}
