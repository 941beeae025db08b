namespace Formcast.Learning;

/// <summary>
/// Maps a model kind written in a file to the code that reads it. One line per model family; a kind that is not
/// here cannot be loaded. Each reader checks <see cref="ModelReader.KindVersion"/> and the shapes it reads.
/// </summary>
internal static class ModelRegistry
{
    private static readonly Dictionary<string, Func<ModelReader, IModel>> Readers = new(StringComparer.Ordinal)
    {
        // ["decision-tree"] = DecisionTreeModel.Read,
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
    };

    public static IModel Read(string kind, ModelReader reader) =>
        Readers.TryGetValue(kind, out var read)
            ? read(reader)
            : throw new ModelFormatException("kind", 0, $"unknown model kind '{kind}'");
}
