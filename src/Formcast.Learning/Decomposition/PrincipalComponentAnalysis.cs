using System.Numerics.Tensors;
using Formcast.Learning.Decomposition.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Decomposition;

/// <summary>
/// Principal component analysis by the singular value decomposition of the centred data X − x̄ = U·S·Vᵀ
/// (components are the rows of Vᵀ, explained variance S²/(n − 1)), as scikit-learn's <c>PCA(svd_solver="full")</c>;
/// for n ≥ p the SVD is taken of the triangular factor of a tall-skinny QR, whose row blocks are factorised in
/// parallel. Signs follow scikit-learn's <c>svd_flip</c>: each component is oriented so that the largest-magnitude entry
/// of its column of U (equivalently of the training projections) is positive, so components agree in sign too.
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

    /// <summary>
    /// scikit-learn's <c>svd_flip</c> (u-based): component k is negated unless the entry of largest magnitude of the
    /// k-th left singular vector — equivalently of the projections (X − x̄)·v_k, which are σ_k times it — is positive.
    /// The first row of largest magnitude wins ties, as numpy's argmax; rows whose magnitudes tie mathematically (e.g.
    /// data symmetric about the mean) can still be ordered differently by LAPACK's rounding.
    /// </summary>
    private static void OrientLikeSvdFlip(Matrix features, double[] mean, Matrix components, ParallelOptions parallel)
    {
        var k = components.Rows;
        var p = components.Columns;
        var blockRows = Linear.Internal.RowChunks.Size;
        var blocks = Math.Max(1, (features.Rows + blockRows - 1) / blockRows);
        var largest = new (double Magnitude, double Value)[blocks, k];
        Parallel.For(0, blocks, parallel, b =>
        {
            var centred = new double[p];
            for (var c = 0; c < k; c++) largest[b, c] = (-1, 0);
            for (var i = b * blockRows; i < Math.Min(features.Rows, (b + 1) * blockRows); i++)
            {
                TensorPrimitives.Subtract(features.Row(i), mean, centred);
                for (var c = 0; c < k; c++)
                {
                    var projection = TensorPrimitives.Dot(centred, components.Row(c));
                    if (Math.Abs(projection) > largest[b, c].Magnitude) largest[b, c] = (Math.Abs(projection), projection);
                }
            }
        });

        for (var c = 0; c < k; c++)
        {
            var best = largest[0, c];
            for (var b = 1; b < blocks; b++)
            {
                if (largest[b, c].Magnitude > best.Magnitude) best = largest[b, c];
            }

            if (best.Value < 0) TensorPrimitives.Negate(components.Row(c), components.Row(c));
        }
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
        var parallel = Options.ParallelOptions();
        SingularValueDecomposition svd;
        if (n >= p)
        {
            // Centred data → R by TSQR (row blocks in parallel) → SVD of R: the same S and V as an SVD of X − x̄.
            var factor = TallSkinnyQr.R(n, p, (start, end, block) =>
            {
                for (var i = start; i < end; i++)
                {
                    var row = features.Row(i);
                    for (var j = 0; j < p; j++) block[j][i - start] = row[j] - mean[j];
                }
            }, parallel);
            svd = SingularValueDecomposition.Compute(factor, p, wantU: false);
        }
        else
        {
            var columns = new double[p][];
            for (var j = 0; j < p; j++) columns[j] = new double[n];
            for (var i = 0; i < n; i++)
            {
                var row = features.Row(i);
                for (var j = 0; j < p; j++) columns[j][i] = row[j] - mean[j];
            }

            svd = SingularValueDecomposition.Compute(columns, n, wantU: false);
        }

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
        for (var k = 0; k < keep; k++) svd.V[k].CopyTo(components.Row(k));
        OrientLikeSvdFlip(features, mean, components, parallel);

        var noise = keep < rank ? variance.Skip(keep).Average() : 0.0;
        return new PcaModel(mean, components, variance[..keep], ratio[..keep], svd.Values[..keep], noise, Options.Whiten);
    }
}
