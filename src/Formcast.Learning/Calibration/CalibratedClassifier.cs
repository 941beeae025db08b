using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Calibration;

/// <summary>
/// Calibrates any classifier on rows it did not train on, as scikit-learn's <c>CalibratedClassifierCV</c>: for each
/// fold the classifier is fitted on the training rows and a calibrator per class (binary: the positive class only) is
/// fitted on its probabilities for the held-out rows. The class probability is the calibrator's output; several classes
/// are renormalised to sum to 1 (uniform when all are 0); binary uses 1 − p for the negative class.
/// </summary>
public sealed class CalibratedClassifier(ILearner<IClassifier> classifier, CalibratedClassifierOptions? options = null) : ILearner<IClassifier>
{
    public ILearner<IClassifier> Classifier { get; } = classifier ?? throw new ArgumentNullException(nameof(classifier));

    public CalibratedClassifierOptions Options { get; } = options ?? new CalibratedClassifierOptions();

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        var classes = data.Classes();
        if (classes.Length < 2) throw new ArgumentException("calibration needs at least two classes", nameof(data));
        var splitter = Options.SplitterFor(data);
        var folds = splitter.Split(data);
        CrossValidation.EnsureNoGroupLeak(data, folds, splitter);
        var members = new List<CalibratedMember>();
        if (Options.Ensemble)
        {
            foreach (var fold in folds)
            {
                var model = Classifier.Fit(data.Subset(fold.Train));
                var held = Predictions.Of(model, data.Subset(fold.Test), classes);
                members.Add(new CalibratedMember(model, FitMaps(held, classes)));
            }
        }
        else
        {
            var outOfFold = CrossValidation.Run(Classifier, data, splitter).Pooled;
            members.Add(new CalibratedMember(Classifier.Fit(data), FitMaps(outOfFold, classes)));
        }

        return new CalibratedClassifierModel(classes, members);
    }

    private IProbabilityMap[] FitMaps(Predictions held, double[] classes)
    {
        var calibrated = classes.Length == 2 ? new[] { 1 } : Enumerable.Range(0, classes.Length).ToArray();
        var maps = new IProbabilityMap[calibrated.Length];
        for (var m = 0; m < calibrated.Length; m++)
        {
            var k = calibrated[m];
            var scores = held.Probabilities!.Column(k);
            var isClass = held.Target.Select(y => y == classes[k] ? 1.0 : 0.0).ToArray();
            maps[m] = Options.Method == CalibrationMethod.Isotonic
                ? IsotonicRegression.Fit(scores, isClass, held.Weights)
                : PlattScaling.Fit(scores, isClass, 1, held.Weights);
        }

        return maps;
    }
}

/// <summary>A classifier and the calibrators of its class probabilities.</summary>
internal sealed record CalibratedMember(IClassifier Model, IProbabilityMap[] Maps);
