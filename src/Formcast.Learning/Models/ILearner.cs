namespace Formcast.Learning;

/// <summary>A configured training algorithm. Fitting never mutates the learner, so one learner can be reused
/// across cross-validation folds.</summary>
public interface ILearner<out TModel>
    where TModel : IModel
{
    TModel Fit(Dataset data);
}
