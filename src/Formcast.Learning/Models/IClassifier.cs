namespace Formcast.Learning;

/// <summary>A model predicting class probabilities. Classes are the sorted distinct labels of the training target.</summary>
public interface IClassifier : IModel
{
    /// <summary>Class labels in ascending order; probabilities follow this order.</summary>
    IReadOnlyList<double> Classes { get; }

    /// <summary>Writes one probability per class into <paramref name="probabilities"/> (summing to 1).</summary>
    void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities);

    /// <summary>The most probable class label (ties go to the lower label).</summary>
    double PredictLabel(ReadOnlySpan<double> features)
    {
        Span<double> p = stackalloc double[Classes.Count];
        PredictProbabilities(features, p);
        var best = 0;
        for (var k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best]) best = k;
        }

        return Classes[best];
    }

    /// <summary>Probability of the last (positive, for 0/1 labels) class for every row.</summary>
    double[] PredictPositiveProbability(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var result = new double[features.Rows];
        Span<double> p = stackalloc double[Classes.Count];
        for (var r = 0; r < features.Rows; r++)
        {
            PredictProbabilities(features.Row(r), p);
            result[r] = p[^1];
        }

        return result;
    }
}
