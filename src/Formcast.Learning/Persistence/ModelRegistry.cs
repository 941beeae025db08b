namespace Formcast.Learning;

/// <summary>
/// Maps a model kind written in a file to the code that reads it. One line per model family; a kind that is not
/// here cannot be loaded. Each reader checks <see cref="ModelReader.KindVersion"/> and the shapes it reads.
/// </summary>
internal static class ModelRegistry
{
    private static readonly Dictionary<string, Func<ModelReader, IModel>> Readers = new(StringComparer.Ordinal)
    {
        [Baselines.DummyClassifierModel.KindName] = Baselines.DummyClassifierModel.Read,
        [Baselines.DummyRegressorModel.KindName] = Baselines.DummyRegressorModel.Read,
        [Baselines.KNearestNeighborsClassifierModel.KindName] = Baselines.KNearestNeighborsClassifierModel.Read,
        [Baselines.KNearestNeighborsRegressorModel.KindName] = Baselines.KNearestNeighborsRegressorModel.Read,
        [Calibration.CalibratedClassifierModel.KindName] = Calibration.CalibratedClassifierModel.Read,
        [Ensembles.StackingRegressorModel.KindName] = Ensembles.StackingRegressorModel.Read,
        [Ensembles.StackingClassifierModel.KindName] = Ensembles.StackingClassifierModel.Read,
        [Ensembles.StackingLinearBlenderModel.KindName] = Ensembles.StackingLinearBlenderModel.Read,
        [Drift.DistanceOodModel.KindName] = Drift.DistanceOodModel.Read,
        [Evaluation.MedianImputedClassifierModel.KindName] = Evaluation.MedianImputedClassifierModel.Read,
        [Evaluation.MedianImputedRegressorModel.KindName] = Evaluation.MedianImputedRegressorModel.Read,
        [Linear.LinearRegressionModel.KindName] = Linear.LinearRegressionModel.Read,
        [Linear.LogisticRegressionModel.KindName] = Linear.LogisticRegressionModel.Read,
        [Svm.SvmClassifierModel.KindName] = Svm.SvmClassifierModel.Read,
        [Svm.SvrModel.KindName] = Svm.SvrModel.Read,
        [Clustering.KMeansModel.KindName] = Clustering.KMeansModel.Read,
        [Clustering.Dendrogram.KindName] = Clustering.Dendrogram.Read,
        [Decomposition.PcaModel.KindName] = Decomposition.PcaModel.Read,
        [StandardizedClassifierModel.KindName] = StandardizedClassifierModel.Read,
        [StandardizedRegressorModel.KindName] = StandardizedRegressorModel.Read,
        [DecisionTreeClassifierModel.KindName] = DecisionTreeClassifierModel.Read,
        [DecisionTreeRegressorModel.KindName] = DecisionTreeRegressorModel.Read,
        [RandomForestClassifierModel.KindName] = RandomForestClassifierModel.Read,
        [RandomForestRegressorModel.KindName] = RandomForestRegressorModel.Read,
        [BalancedBaggingClassifierModel.KindName] = BalancedBaggingClassifierModel.Read,
        [GradientBoostingClassifierModel.KindName] = GradientBoostingClassifierModel.Read,
        [GradientBoostingRegressorModel.KindName] = GradientBoostingRegressorModel.Read,
        [PredictionIntervalModel.KindName] = PredictionIntervalModel.Read,
    };

    public static IModel Read(string kind, ModelReader reader) =>
        Readers.TryGetValue(kind, out var read)
            ? read(reader)
            : throw new ModelFormatException("kind", 0, $"unknown model kind '{kind}'");
}
