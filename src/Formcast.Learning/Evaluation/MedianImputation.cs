namespace Formcast.Learning.Evaluation;

/// <summary>
/// Fills missing (NaN) feature values with the column's median among the training rows of each fit, so imputation is
/// learned inside each cross-validation fold and never sees the test rows. A column with no observed value in the
/// training rows is filled with 0. Wrap any learner with <see cref="ForClassifier"/> or <see cref="ForRegressor"/>.
/// </summary>
public static class MedianImputation
{
    public static ILearner<IClassifier> ForClassifier(ILearner<IClassifier> inner) => new ClassifierLearner(inner ?? throw new ArgumentNullException(nameof(inner)));

    public static ILearner<IRegressor> ForRegressor(ILearner<IRegressor> inner) => new RegressorLearner(inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>Median of the non-missing values of each column (mean of the two middle values for even counts).</summary>
    public static double[] ColumnMedians(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var medians = new double[features.Columns];
        for (var c = 0; c < medians.Length; c++)
        {
            var present = features.Column(c).Where(v => !double.IsNaN(v)).Order().ToArray();
            medians[c] = present.Length == 0 ? 0
                : present.Length % 2 == 1 ? present[present.Length / 2]
                : (present[(present.Length / 2) - 1] + present[present.Length / 2]) / 2;
        }

        return medians;
    }

    internal static Dataset Fill(Dataset data, double[] medians)
    {
        var features = data.Features.Clone();
        for (var r = 0; r < features.Rows; r++) Fill(features.Row(r), medians);
        return new Dataset(features, data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
    }

    internal static void Fill(Span<double> row, double[] medians)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (double.IsNaN(row[c])) row[c] = medians[c];
        }
    }

    private sealed class ClassifierLearner(ILearner<IClassifier> inner) : ILearner<IClassifier>
    {
        public IClassifier Fit(Dataset data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var medians = ColumnMedians(data.Features);
            return new MedianImputedClassifierModel(inner.Fit(Fill(data, medians)), medians);
        }
    }

    private sealed class RegressorLearner(ILearner<IRegressor> inner) : ILearner<IRegressor>
    {
        public IRegressor Fit(Dataset data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var medians = ColumnMedians(data.Features);
            return new MedianImputedRegressorModel(inner.Fit(Fill(data, medians)), medians);
        }
    }
}
