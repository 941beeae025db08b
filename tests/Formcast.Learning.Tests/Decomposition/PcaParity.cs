using Formcast.Learning.Decomposition;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Decomposition;

/// <summary>
/// Comparisons with scikit-learn 1.2.1 <c>PCA(svd_solver="full")</c> (LAPACK SVD; Fixtures/kernels/decomposition.json
/// from bench/parity/kernels.py). Components are compared with their sign: both orient them by <c>svd_flip</c>.
/// </summary>
internal static class PcaParity
{
    public const string File = "decomposition.json";

    // Two SVD algorithms in double precision: variances to 1e-10 relative, unit axes and projections to 1e-8.
    public static ParityCheck Pca(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("pca", name, "sklearn PCA (full SVD)");
        var options = new PcaOptions
        {
            Components = c.Has("components") ? c.Integer("components") : 0,
            VarianceToKeep = c.Has("varianceToKeep") ? c.Number("varianceToKeep") : 0,
            Whiten = c.Flag("whiten"),
        };
        var model = new PrincipalComponentAnalysis(options).Fit(c.TrainFeatures);
        var axes = c.Rows("axes");
        check.Identical("component count", [axes.Length], [model.ComponentCount]);
        check.Relative("mean", c.Doubles("mean"), model.Mean.ToArray(), 1e-12);
        check.Relative("explained variance", c.Doubles("explainedVariance"), model.ExplainedVariance.ToArray(), 1e-10);
        check.Absolute("explained variance ratio", c.Doubles("explainedVarianceRatio"), model.ExplainedVarianceRatio.ToArray(), 1e-10);
        check.Relative("singular values", c.Doubles("singularValues"), model.SingularValues.ToArray(), 1e-10);
        check.Relative("noise variance", [c.Number("noiseVariance")], [model.NoiseVariance], 1e-10);
        check.Absolute("components (signed)", axes.SelectMany(r => r).ToArray(), model.Components.Data, 1e-8);
        var expected = c.Rows("transformTest");
        var projected = model.Transform(c.TestFeatures);
        check.Relative("test projections", expected.SelectMany(r => r).ToArray(), projected.Data.AsSpan(0, expected.Length * model.ComponentCount), 1e-8);
        return check;
    }
}
