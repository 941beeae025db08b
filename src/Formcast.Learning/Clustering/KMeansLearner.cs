using System.Numerics.Tensors;
using Formcast.Learning.Clustering.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Clustering;

/// <summary>
/// k-means clustering: several seeded starts (k-means++ by default) of Lloyd's algorithm, keeping the start with
/// the lowest inertia Σ wᵢ‖xᵢ − c(xᵢ)‖². Follows scikit-learn's <c>KMeans(algorithm="lloyd")</c>: features are
/// centred on their mean while iterating (for precision; centres are reported in the original units), the tolerance is
/// relative to the mean per-feature variance, and started from the same centres it reaches the same clustering.
/// Start s draws from <c>new Rng(Seed).Fork(s)</c>.
/// </summary>
public sealed class KMeansLearner : ILearner<KMeansModel>
{
    public KMeansLearner(KMeansOptions? options = null)
    {
        Options = options ?? new KMeansOptions();
        Options.Validate();
    }

    public KMeansOptions Options { get; }

    /// <summary>Clusters the dataset's features (its target is ignored; its row weights are used).</summary>
    public KMeansModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.Features, data.Weights);
    }

    /// <summary>Clusters the rows of <paramref name="features"/>, optionally weighted.</summary>
    public KMeansModel Fit(Matrix features, double[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        TrainingData.RequireFinite(features, nameof(features));
        var k = Options.Clusters;
        if (features.Rows < k) throw new ArgumentException($"{features.Rows} rows cannot form {k} clusters", nameof(features));
        if (features.Columns == 0) throw new ArgumentException("clustering needs at least one feature column", nameof(features));
        if (Options.InitialCentres is { } given && given.Columns != features.Columns)
            throw new ArgumentException($"InitialCentres has {given.Columns} columns, the features {features.Columns}", nameof(features));
        var w = TrainingData.SampleWeights(features.Rows, weights, nameof(weights));

        var n = features.Rows;
        var p = features.Columns;
        var mean = new double[p];
        for (var i = 0; i < n; i++) TensorPrimitives.Add(mean, features.Row(i), mean);
        TensorPrimitives.Divide(mean, n, mean);
        var centred = features.Clone();
        for (var i = 0; i < n; i++) TensorPrimitives.Subtract(centred.Row(i), mean, centred.Row(i));
        var tolerance = Options.Tolerance * MeanVariance(centred);
        var parallel = Options.ParallelOptions();
        var rng = new Rng(Options.Seed);

        var starts = Options.InitialCentres is null ? Options.Starts : 1;
        (double[] Centres, int[] Labels, double Inertia, int Iterations)? best = null;
        for (var s = 0; s < starts; s++)
        {
            double[] initial;
            if (Options.InitialCentres is { } explicitCentres)
            {
                initial = (double[])explicitCentres.Data.Clone();
                for (var j = 0; j < k; j++) TensorPrimitives.Subtract(initial.AsSpan(j * p, p), mean, initial.AsSpan(j * p, p));
            }
            else
            {
                var startRng = rng.Fork((ulong)s);
                initial = Options.Init == KMeansInit.KMeansPlusPlus
                    ? Seeding.PlusPlus(centred, w, k, startRng, parallel)
                    : Seeding.RandomRows(centred, k, startRng);
            }

            var run = Lloyd.Run(centred, w, initial, k, Options.MaxIterations, tolerance, parallel);
            if (best is null || run.Inertia < best.Value.Inertia) best = run;
        }

        var result = best!.Value;
        for (var j = 0; j < k; j++) TensorPrimitives.Add(result.Centres.AsSpan(j * p, p), mean, result.Centres.AsSpan(j * p, p));
        return new KMeansModel(new Matrix(k, p, result.Centres), result.Labels, result.Inertia, result.Iterations);
    }

    /// <summary>Mean over features of the population variance (scikit-learn's <c>_tolerance</c>).</summary>
    private static double MeanVariance(Matrix centred)
    {
        var sum = 0.0;
        foreach (var v in centred.Data) sum += v * v;
        return sum / centred.Data.Length;
    }
}
