namespace Formcast.Learning.Evaluation;

/// <summary>
/// Predictions next to the truth for a set of rows (typically pooled out-of-fold predictions), with the rows' weights
/// and groups so metrics, bootstrap resampling and per-group audits can use them. Classification predictions hold
/// one probability column per class; the positive class of binary metrics is the last class.
/// </summary>
public sealed class Predictions
{
    private double[]? _labels;
    private double[]? _positive;

    private Predictions(double[] target, double[]? values, Matrix? probabilities, IReadOnlyList<double> classes, double[]? weights, int[]? groups)
    {
        if (weights is not null && weights.Length != target.Length) throw new ArgumentException("weights length differs from the target", nameof(weights));
        if (groups is not null && groups.Length != target.Length) throw new ArgumentException("groups length differs from the target", nameof(groups));
        Target = target;
        Values = values;
        Probabilities = probabilities;
        Classes = classes;
        Weights = weights;
        Groups = groups;
    }

    /// <summary>Real-valued predictions.</summary>
    public static Predictions ForRegression(double[] target, double[] predicted, double[]? weights = null, int[]? groups = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(predicted);
        if (predicted.Length != target.Length) throw new ArgumentException($"{predicted.Length} predictions for {target.Length} targets", nameof(predicted));
        return new Predictions(target, predicted, null, [], weights, groups);
    }

    /// <summary>Class probabilities, one column per entry of <paramref name="classes"/> (ascending).</summary>
    public static Predictions ForClassification(double[] target, IReadOnlyList<double> classes, Matrix probabilities, double[]? weights = null, int[]? groups = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Rows != target.Length) throw new ArgumentException($"{probabilities.Rows} probability rows for {target.Length} targets", nameof(probabilities));
        if (probabilities.Columns != classes.Count) throw new ArgumentException("one probability column per class is needed", nameof(probabilities));
        if (classes.Count < 2) throw new ArgumentException("classification needs at least two classes", nameof(classes));
        return new Predictions(target, null, probabilities, classes, weights, groups);
    }

    /// <summary>
    /// Runs a fitted <paramref name="model"/> over <paramref name="data"/>. Classifier probabilities are laid out over
    /// <paramref name="classes"/> (default: the model's classes); a class the model never saw gets probability 0,
    /// which happens when a training fold lacks a rare class.
    /// </summary>
    public static Predictions Of(IModel model, Dataset data, IReadOnlyList<double>? classes = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (model.FeatureCount != data.Columns)
            throw new ArgumentException($"the model takes {model.FeatureCount} features, the data has {data.Columns}", nameof(data));
        switch (model)
        {
            case IClassifier classifier:
            {
                classes ??= classifier.Classes;
                var column = new int[classifier.Classes.Count];
                var index = ClassificationMetrics.ClassIndex(classes);
                for (var k = 0; k < column.Length; k++)
                {
                    if (!index.TryGetValue(classifier.Classes[k], out column[k]))
                        throw new ArgumentException($"the model predicts class {classifier.Classes[k]}, which is not among the classes given", nameof(classes));
                }

                var probabilities = new Matrix(data.Rows, classes.Count);
                var p = new double[column.Length];
                for (var r = 0; r < data.Rows; r++)
                {
                    classifier.PredictProbabilities(data.Features.Row(r), p);
                    var row = probabilities.Row(r);
                    for (var k = 0; k < p.Length; k++) row[column[k]] = p[k];
                }

                return ForClassification(data.Target, classes, probabilities, data.Weights, data.Groups);
            }

            case IRegressor regressor:
            {
                var values = new double[data.Rows];
                regressor.Predict(data.Features, values);
                return ForRegression(data.Target, values, data.Weights, data.Groups);
            }

            default:
                throw new ArgumentException($"model kind '{model.Kind}' is neither a classifier nor a regressor", nameof(model));
        }
    }

    /// <summary>Joins prediction sets of the same kind and classes, in order.</summary>
    public static Predictions Concatenate(IReadOnlyList<Predictions> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ArgumentException("nothing to join", nameof(parts));
        var first = parts[0];
        var target = parts.SelectMany(p => p.Target).ToArray();
        var weights = parts.All(p => p.Weights is not null) ? parts.SelectMany(p => p.Weights!).ToArray() : null;
        var groups = parts.All(p => p.Groups is not null) ? parts.SelectMany(p => p.Groups!).ToArray() : null;
        if (!first.IsClassification) return ForRegression(target, parts.SelectMany(p => p.Values!).ToArray(), weights, groups);
        if (parts.Any(p => !p.Classes.SequenceEqual(first.Classes))) throw new ArgumentException("parts have different classes", nameof(parts));
        var data = parts.SelectMany(p => p.Probabilities!.Data).ToArray();
        return ForClassification(target, first.Classes, new Matrix(target.Length, first.Classes.Count, data), weights, groups);
    }

    public double[] Target { get; }

    /// <summary>Regression predictions, or null for classification.</summary>
    public double[]? Values { get; }

    /// <summary>Class probabilities (rows × classes), or null for regression.</summary>
    public Matrix? Probabilities { get; }

    /// <summary>Classes in column order (ascending); empty for regression.</summary>
    public IReadOnlyList<double> Classes { get; }

    public double[]? Weights { get; }

    public int[]? Groups { get; }

    public bool IsClassification => Probabilities is not null;

    public int Count => Target.Length;

    /// <summary>The positive class of binary metrics: the last (largest) class.</summary>
    public double PositiveClass => IsClassification ? Classes[^1] : throw new InvalidOperationException("regression predictions have no classes");

    /// <summary>Most probable class per row (ties go to the lower class, as <see cref="IClassifier.PredictLabel"/>).</summary>
    public double[] PredictedLabels => _labels ??= ComputeLabels();

    /// <summary>Probability of <see cref="PositiveClass"/> per row.</summary>
    public double[] PositiveProbability => _positive ??= Probabilities?.Column(Probabilities.Columns - 1)
        ?? throw new InvalidOperationException("regression predictions have no probabilities");

    /// <summary>Weights as a span (empty when unweighted), the form metrics take.</summary>
    public ReadOnlySpan<double> WeightSpan => Weights;

    /// <summary>The given rows (repeats allowed, as for bootstrap resamples).</summary>
    public Predictions Subset(ReadOnlySpan<int> rows)
    {
        var idx = rows.ToArray();
        var target = idx.Select(i => Target[i]).ToArray();
        var weights = Weights is null ? null : idx.Select(i => Weights[i]).ToArray();
        var groups = Groups is null ? null : idx.Select(i => Groups[i]).ToArray();
        return IsClassification
            ? new Predictions(target, null, Probabilities!.SelectRows(rows), Classes, weights, groups)
            : new Predictions(target, idx.Select(i => Values![i]).ToArray(), null, Classes, weights, groups);
    }

    private double[] ComputeLabels()
    {
        var p = Probabilities ?? throw new InvalidOperationException("regression predictions have no labels");
        var labels = new double[p.Rows];
        for (var r = 0; r < p.Rows; r++)
        {
            var row = p.Row(r);
            var best = 0;
            for (var k = 1; k < row.Length; k++)
            {
                if (row[k] > row[best]) best = k;
            }

            labels[r] = Classes[best];
        }

        return labels;
    }
}
