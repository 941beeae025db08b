using Formcast.Learning.Decomposition;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Decomposition;

/// <summary>
/// Parity with scikit-learn 1.2.1 <c>PCA(svd_solver="full")</c> (LAPACK SVD; reference outputs from
/// bench/parity/kernels.py → Fixtures/kernels/decomposition.json). Components are compared with their sign, since
/// both orient them by the same rule (<c>svd_flip</c>).
/// </summary>
public sealed class PcaParityTests
{
    private const string File = "decomposition.json";

    public static TheoryData<string> Cases => KernelFixtures.Names(File, "pca");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pca_MatchesScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var options = new PcaOptions
        {
            Components = c.Has("components") ? c.Integer("components") : 0,
            VarianceToKeep = c.Has("varianceToKeep") ? c.Number("varianceToKeep") : 0,
            Whiten = c.Flag("whiten"),
        };
        var model = new PrincipalComponentAnalysis(options).Fit(c.TrainFeatures);
        var axes = c.Rows("axes");
        Assert.Equal(axes.Length, model.ComponentCount);

        // Two SVD algorithms in double precision: variances to 1e-10 relative; unit axes to 1e-8 (an axis whose
        // variance nearly ties with a neighbour's is less determined, none does here).
        Within.Scaled(c.Doubles("mean"), model.Mean.ToArray(), 1e-12, "mean");
        Within.Scaled(c.Doubles("explainedVariance"), model.ExplainedVariance.ToArray(), 1e-10, "explained variance");
        Within.Absolute(c.Doubles("explainedVarianceRatio"), model.ExplainedVarianceRatio.ToArray(), 1e-10, "explained variance ratio");
        Within.Scaled(c.Doubles("singularValues"), model.SingularValues.ToArray(), 1e-10, "singular values");
        Assert.Equal(c.Number("noiseVariance"), model.NoiseVariance, 1e-10 * Math.Max(1, c.Number("noiseVariance")));
        for (var k = 0; k < axes.Length; k++) Within.Absolute(axes[k], model.Components.Row(k), 1e-8, $"component {k}");

        var projected = model.Transform(c.TestFeatures);
        var expected = c.Rows("transformTest");
        for (var i = 0; i < expected.Length; i++) Within.Scaled(expected[i], projected.Row(i), 1e-8, $"projection row {i}");
    }
}
