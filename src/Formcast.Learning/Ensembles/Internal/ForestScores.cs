namespace Formcast.Learning.Ensembles.Internal;

/// <summary>The default scores of the ensembles: accuracy for classifiers, R² = 1 − SS_res/SS_tot for regressors
/// (scikit-learn's <c>score</c> methods, which its out-of-bag and permutation estimates use).</summary>
internal static class ForestScores
{
    public static double R2(IReadOnlyList<double> truth, IReadOnlyList<double> predicted)
    {
        if (truth.Count == 0) return double.NaN;
        var mean = 0.0;
        foreach (var y in truth) mean += y;
        mean /= truth.Count;
        double residual = 0, total = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }

        // A constant target: scikit-learn (force_finite) scores a perfect fit 1 and anything else 0.
        return total == 0 ? (residual == 0 ? 1 : 0) : 1 - (residual / total);
    }

    public static double Accuracy(IClassifier model, Dataset data)
    {
        var correct = 0;
        for (var r = 0; r < data.Rows; r++)
        {
            if (model.PredictLabel(data.Features.Row(r)) == data.Target[r]) correct++;
        }

        return data.Rows == 0 ? double.NaN : (double)correct / data.Rows;
    }

    public static double R2(IRegressor model, Dataset data)
    {
        var predicted = new double[data.Rows];
        model.Predict(data.Features, predicted);
        return R2(data.Target, predicted);
    }
}
