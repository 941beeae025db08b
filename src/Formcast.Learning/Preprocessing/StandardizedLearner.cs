namespace Formcast.Learning;

/// <summary>
/// Standardises the features (fitted on the training rows) before an inner learner — the usual pipeline for SVMs,
/// SVR, logistic regression and k-means, whose results depend on feature scale.
/// </summary>
public static class StandardizedLearner
{
    public static ILearner<IClassifier> Classifier(ILearner<IClassifier> inner) => new ClassifierLearner(inner);

    public static ILearner<IRegressor> Regressor(ILearner<IRegressor> inner) => new RegressorLearner(inner);

    private static Dataset Scaled(Dataset data, out StandardScaler scaler)
    {
        scaler = StandardScaler.Fit(data.Features);
        return new Dataset(scaler.Transform(data.Features), data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
    }

    private sealed class ClassifierLearner(ILearner<IClassifier> inner) : ILearner<IClassifier>
    {
        public IClassifier Fit(Dataset data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var scaled = Scaled(data, out var scaler);
            return new StandardizedClassifierModel(scaler, inner.Fit(scaled));
        }
    }

    private sealed class RegressorLearner(ILearner<IRegressor> inner) : ILearner<IRegressor>
    {
        public IRegressor Fit(Dataset data)
        {
            ArgumentNullException.ThrowIfNull(data);
            var scaled = Scaled(data, out var scaler);
            return new StandardizedRegressorModel(scaler, inner.Fit(scaled));
        }
    }
}
