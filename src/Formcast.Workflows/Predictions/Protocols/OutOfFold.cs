using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Out-of-fold predictions of one learner under one protocol: for every tested row its score (positive-class
/// probability or predicted value) and fold, NaN and −1 for rows the protocol never tests (e.g. the first time block),
/// and the model of each fold (for explanations, OOD checks and model choice).
/// </summary>
internal sealed class OutOfFold
{
    public OutOfFold(double[] scores, int[] foldOf, IReadOnlyList<IModel> models, IReadOnlyList<Fold> folds)
    {
        Scores = scores;
        FoldOf = foldOf;
        Models = models;
        Folds = folds;
    }

    public double[] Scores { get; }

    public int[] FoldOf { get; }

    public IReadOnlyList<IModel> Models { get; }

    public IReadOnlyList<Fold> Folds { get; }

    /// <summary>Rows the protocol tested, ascending.</summary>
    public int[] TestedRows => [.. Enumerable.Range(0, FoldOf.Length).Where(r => FoldOf[r] >= 0)];

    /// <summary>Fits the learner on each fold's training rows and scores its test rows.</summary>
    public static OutOfFold Run<TModel>(ILearner<TModel> learner, Dataset data, EvaluationProtocol protocol, CancellationToken cancellationToken = default)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(data);
        return Run(learner, data, protocol.Split(data), cancellationToken);
    }

    /// <summary>Fits on given folds (several learners compared on the very same folds).</summary>
    public static OutOfFold Run<TModel>(ILearner<TModel> learner, Dataset data, IReadOnlyList<Fold> folds, CancellationToken cancellationToken = default)
        where TModel : IModel
    {
        var scores = new double[data.Rows];
        Array.Fill(scores, double.NaN);
        var foldOf = new int[data.Rows];
        Array.Fill(foldOf, -1);
        var models = new IModel[folds.Count];
        foreach (var fold in folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = learner.Fit(data.Subset(fold.Train));
            models[fold.Index] = model;
            var test = data.Subset(fold.Test);
            var values = Score(model, test.Features);
            for (var i = 0; i < fold.Test.Length; i++)
            {
                scores[fold.Test[i]] = values[i];
                foldOf[fold.Test[i]] = fold.Index;
            }
        }

        return new OutOfFold(scores, foldOf, models, folds);
    }

    /// <summary>Positive-class probability (classifiers) or prediction (regressors) for each row.</summary>
    public static double[] Score(IModel model, Matrix features)
    {
        switch (model)
        {
            case IClassifier { Classes.Count: 1 } single:
                // Trained on one class only (a fold without injuries): that class is certain.
                return Enumerable.Repeat(single.Classes[0] == 1 ? 1.0 : 0.0, features.Rows).ToArray();
            case IClassifier classifier:
                return classifier.PredictPositiveProbability(features);
            case IRegressor regressor:
                var values = new double[features.Rows];
                regressor.Predict(features, values);
                return values;
            default:
                throw new ArgumentException($"model kind '{model.Kind}' is neither a classifier nor a regressor", nameof(model));
        }
    }
}
