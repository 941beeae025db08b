namespace Formcast.Planning;

/// <summary>
/// Running per-element mean and variance merged batch by batch (Chan, Golub &amp; LeVeque 1979 parallel update),
/// the observation normaliser of PPO implementations (OpenAI Baselines' RunningMeanStd).
/// </summary>
internal sealed class RunningMeanStd
{
    public RunningMeanStd(int dimension)
    {
        Mean = new double[dimension];
        Variance = new double[dimension];
        Array.Fill(Variance, 1.0);
    }

    public RunningMeanStd(double[] mean, double[] variance, double count)
    {
        Mean = mean;
        Variance = variance;
        Count = count;
    }

    public double[] Mean { get; }

    public double[] Variance { get; }

    public double Count { get; private set; }

    public int Dimension => Mean.Length;

    /// <summary>Merges <paramref name="rows"/> rows of <paramref name="data"/> (row-major, <see cref="Dimension"/> wide).</summary>
    public void Update(ReadOnlySpan<double> data, int rows)
    {
        if (rows <= 0) return;
        var d = Dimension;
        for (var j = 0; j < d; j++)
        {
            var mean = 0.0;
            for (var r = 0; r < rows; r++) mean += data[(r * d) + j];
            mean /= rows;
            var m2 = 0.0;
            for (var r = 0; r < rows; r++)
            {
                var e = data[(r * d) + j] - mean;
                m2 += e * e;
            }

            var batchVariance = m2 / rows;
            var total = Count + rows;
            var delta = mean - Mean[j];
            var newMean = Mean[j] + (delta * rows / total);
            var combined = (Variance[j] * Count) + (batchVariance * rows) + (delta * delta * Count * rows / total);
            Mean[j] = newMean;
            Variance[j] = combined / total;
        }

        Count += rows;
    }

    /// <summary>Writes (x − mean)/√(var + 1e-8) clipped to ±<paramref name="clip"/>.</summary>
    public void Normalize(ReadOnlySpan<double> x, Span<float> destination, double clip)
    {
        for (var j = 0; j < x.Length; j++)
            destination[j] = (float)Math.Clamp((x[j] - Mean[j]) / Math.Sqrt(Variance[j] + 1e-8), -clip, clip);
    }
}
