using System.Numerics.Tensors;
using Formcast.Learning.Decomposition.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Decomposition;

/// <summary>
/// Principal component analysis by the singular value decomposition of the centred data X − x̄ = U·S·Vᵀ
/// (components are the rows of Vᵀ, explained variance S²/(n − 1)), as scikit-learn's <c>PCA(svd_solver="full")</c>.
/// Signs follow scikit-learn's <c>svd_flip</c>: each component is oriented so that the largest-magnitude entry of
/// its column of U (equivalently of the training projections) is positive, so components agree in sign too.
/// </summary>
public sealed class PrincipalComponentAnalysis : ILearner<PcaModel>
{
    public PrincipalComponentAnalysis(PcaOptions? options = null)
    {
        Options = options ?? new PcaOptions();
        Options.Validate();
    }

    public PcaOptions Options { get; }

    /// <summary>Fits the dataset's features (its target is ignored).</summary>
    public PcaModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.Features);
    }

    public PcaModel Fit(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        TrainingData.RequireFinite(features, nameof(features));
        var n = features.Rows;
        var p = features.Columns;
        if (n < 2) throw new ArgumentException("PCA needs at least two rows", nameof(features));
        if (p == 0) throw new ArgumentException("PCA needs at least one feature column", nameof(features));
        var rank = Math.Min(n, p);
        if (Options.Components > rank)
            throw new ArgumentOutOfRangeException(nameof(features), $"Components = {Options.Components} exceeds min(rows, columns) = {rank}");

        var mean = new double[p];
        for (var i = 0; i < n; i++) TensorPrimitives.Add(mean, features.Row(i), mean);
        TensorPrimitives.Divide(mean, n, mean);
        var columns = new double[p][];
        for (var j = 0; j < p; j++) columns[j] = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = features.Row(i);
            for (var j = 0; j < p; j++) columns[j][i] = row[j] - mean[j];
        }

        var svd = SingularValueDecomposition.Compute(columns, n, wantU: true);
        var variance = new double[rank];
        for (var k = 0; k < rank; k++) variance[k] = svd.Values[k] * svd.Values[k] / (n - 1);
        var total = variance.Sum();
        var ratio = variance.Select(v => total > 0 ? v / total : 0).ToArray();

        var keep = Options.Components > 0 ? Options.Components : rank;
        if (Options.VarianceToKeep > 0)
        {
            // numpy searchsorted(cumsum, f, side="right") + 1.
            var cumulative = 0.0;
            keep = 0;
            for (var k = 0; k < rank; k++)
            {
                cumulative += ratio[k];
                if (cumulative <= Options.VarianceToKeep) keep = k + 1;
            }

            keep = Math.Min(keep + 1, rank);
        }

        var components = new Matrix(keep, p);
        for (var k = 0; k < keep; k++)
        {
            var u = svd.U![k];
            var largest = 0;
            for (var i = 1; i < u.Length; i++)
            {
                if (Math.Abs(u[i]) > Math.Abs(u[largest])) largest = i;
            }

            var sign = u[largest] < 0 ? -1.0 : 1.0;
            TensorPrimitives.Multiply(svd.V[k], sign, components.Row(k));
        }

        var noise = keep < rank ? variance.Skip(keep).Average() : 0.0;
        return new PcaModel(mean, components, variance[..keep], ratio[..keep], svd.Values[..keep], noise, Options.Whiten);
    }
}
