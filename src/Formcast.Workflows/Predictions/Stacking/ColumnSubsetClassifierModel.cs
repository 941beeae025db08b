using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Stacking;

/// <summary>A fitted <see cref="ColumnSubsetClassifier"/>.</summary>
internal sealed class ColumnSubsetClassifierModel(int featureCount, int[] columns, IClassifier inner) : IClassifier
{
    public const string KindName = "column-subset-classifier";

    public string Kind => KindName;

    public int FeatureCount { get; } = featureCount;

    public IReadOnlyList<double> Classes => inner.Classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        Span<double> row = stackalloc double[columns.Length];
        var present = false;
        for (var j = 0; j < columns.Length; j++)
        {
            row[j] = features[columns[j]];
            present |= !double.IsNaN(row[j]);
        }

        if (!present)
        {
            probabilities[..Classes.Count].Fill(double.NaN);
            return;
        }

        inner.PredictProbabilities(row, probabilities);
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteInt32s(columns);
        writer.WriteModel(inner);
    }
}
