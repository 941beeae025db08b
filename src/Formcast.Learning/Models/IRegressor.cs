namespace Formcast.Learning;

/// <summary>A model predicting a real number.</summary>
public interface IRegressor : IModel
{
    double Predict(ReadOnlySpan<double> features);

    /// <summary>Predicts every row of <paramref name="features"/> into <paramref name="destination"/>.</summary>
    void Predict(Matrix features, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (destination.Length < features.Rows) throw new ArgumentException("destination is shorter than the number of rows", nameof(destination));
        for (var r = 0; r < features.Rows; r++) destination[r] = Predict(features.Row(r));
    }
}
