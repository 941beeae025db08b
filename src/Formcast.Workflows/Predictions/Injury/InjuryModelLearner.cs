using Formcast.Learning;
using Formcast.Learning.Calibration;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// The injury-risk model as trained inside each evaluation fold: the family is chosen by group cross-validation on the
/// training rows (<see cref="SelectingClassifier"/>, ROC AUC), then the chosen family is calibrated with Platt's sigmoid
/// on held-out athletes of the training rows (<see cref="CalibratedClassifier"/>, group 3-fold, one calibrated member
/// per fold averaged), because a flag a coach reads as "18 % risk" must mean about 18 %.
/// </summary>
internal sealed class InjuryModelLearner(IReadOnlyList<ModelFamily> families, ulong seed) : ILearner<IClassifier>
{
    public const int CalibrationFolds = 3;

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Classes().Length < 2) return new OneClassSafeClassifier(ModelFamilies.Dummy.Classifier!(seed)).Fit(data);
        var (family, scores) = new SelectingClassifier(families, seed).Choose(data);
        var groups = data.Groups?.Distinct().Count() ?? 0;
        var options = new CalibratedClassifierOptions
        {
            Method = CalibrationMethod.Sigmoid,
            Seed = seed,
            Splitter = groups >= CalibrationFolds ? new GroupKFold(CalibrationFolds) : new StratifiedKFold(CalibrationFolds, shuffle: true, seed),
        };
        var calibrated = new CalibratedClassifier(family.SafeClassifier(seed), options).Fit(groups >= CalibrationFolds ? data : Datasets.WithoutGroups(data));
        return new SelectedClassifierModel(family.Name, calibrated, scores, new Lazy<IClassifier>(() => family.SafeClassifier(seed).Fit(data)));
    }
}
