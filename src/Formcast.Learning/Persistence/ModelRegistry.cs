namespace Formcast.Learning;

/// <summary>
/// Maps a model kind written in a file to the code that reads it. One line per model family; a kind that is not
/// here cannot be loaded. Each reader checks <see cref="ModelReader.KindVersion"/> and the shapes it reads.
/// </summary>
internal static class ModelRegistry
{
    private static readonly Dictionary<string, Func<ModelReader, IModel>> Readers = new(StringComparer.Ordinal)
    {
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
