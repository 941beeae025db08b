using Formcast.Learning.Decomposition.Internal;

namespace Formcast.Learning.Tests.Decomposition;

public sealed class LinearAlgebraTests
{
    // [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]] (by hand: l11 = √4, l21 = 2/2, l22 = √(3 − 1)).
    [Fact]
    public void Cholesky_FactorsAndSolvesAHandComputedSystem()
    {
        double[] a = [4, 2, 2, 3];
        Assert.True(Cholesky.TryFactor(a, 2));
        Assert.Equal(2, a[0], 1e-15);
        Assert.Equal(1, a[2], 1e-15);
        Assert.Equal(Math.Sqrt(2), a[3], 1e-15);

        // 4x + 2y = 10, 2x + 3y = 11 → x = 1, y = 3.
        double[] b = [10, 11];
        Cholesky.Solve(a, 2, b);
        Assert.Equal(1, b[0], 1e-14);
        Assert.Equal(3, b[1], 1e-14);
    }

    [Fact]
    public void Cholesky_RejectsAnIndefiniteMatrix()
    {
        double[] a = [1, 2, 2, 1];
        Assert.False(Cholesky.TryFactor(a, 2));
    }

    // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]] has eigenvalues 45 and 5, so σ = 3√5 and √5.
    [Fact]
    public void Svd_OfASquareMatrix_GivesHandComputedSingularValues()
    {
        double[][] columns = [[3, 4], [0, 5]];
        var svd = SingularValueDecomposition.Compute(columns, 2, wantU: true);
        Assert.Equal(3 * Math.Sqrt(5), svd.Values[0], 1e-14);
        Assert.Equal(Math.Sqrt(5), svd.Values[1], 1e-14);
        AssertReconstructs(columns, 2, svd);
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(3, 7)]
    [InlineData(5, 5)]
    public void Svd_ReconstructsTallWideAndSquareMatrices(int rows, int cols)
    {
        var rng = new Rng(5);
        var columns = Enumerable.Range(0, cols).Select(_ => Enumerable.Range(0, rows).Select(_ => rng.NextGaussian()).ToArray()).ToArray();
        var svd = SingularValueDecomposition.Compute(columns, rows, wantU: true);
        Assert.Equal(Math.Min(rows, cols), svd.Values.Length);
        for (var k = 1; k < svd.Values.Length; k++) Assert.True(svd.Values[k] <= svd.Values[k - 1]);
        AssertReconstructs(columns, rows, svd);
    }

    // Columns 2 and 3 are copies: rank 2, the third singular value is zero to rounding.
    [Fact]
    public void Svd_OfARankDeficientMatrix_HasAZeroSingularValue()
    {
        double[][] columns = [[1, 2, 3, 4], [1, 0, 1, 0], [1, 0, 1, 0]];
        var svd = SingularValueDecomposition.Compute(columns, 4, wantU: false);
        Assert.True(svd.Values[2] < 1e-14 * svd.Values[0]);
    }

    private static void AssertReconstructs(double[][] columns, int rows, SingularValueDecomposition svd)
    {
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < svd.Values.Length; k++) sum += svd.U![k][i] * svd.Values[k] * svd.V[k][j];
                Assert.Equal(columns[j][i], sum, 1e-12);
            }
        }
    }
}
