using Formcast.Learning;

namespace Formcast.Workflows.Learning;

/// <summary>
/// A named model family for command-line evaluation: a factory for its classifier, its regressor, or both. Factories
/// build a fresh learner with the family's default options, seeded from <see cref="ModelSettings"/>.
/// </summary>
public sealed record ModelCatalogEntry(
    string Name,
    string Description,
    Func<ModelSettings, ILearner<IClassifier>>? Classifier = null,
    Func<ModelSettings, ILearner<IRegressor>>? Regressor = null)
{
    public bool Supports(ModelTask task) => task switch
    {
        ModelTask.Classification => Classifier is not null,
        ModelTask.Regression => Regressor is not null,
        _ => Classifier is not null || Regressor is not null,
    };
}
