using Formcast.Learning.Boosting.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>A fitted boosted regressor: base score plus the trees' leaf weights (the mean, or a quantile for
/// <see cref="RegressionLoss.Quantile"/>).</summary>
public sealed class GradientBoostingRegressorModel : IRegressor, ITreeEnsembleSource
{
    public const string KindName = "gradient-boosting-regressor";

    internal GradientBoostingRegressorModel(Tree[] trees, double baseScore, int featureCount, RegressionLoss loss, double quantileAlpha, double[]? validationLoss = null)
    {
        Trees = trees;
        BaseScore = baseScore;
        FeatureCount = featureCount;
        Loss = loss;
        QuantileAlpha = quantileAlpha;
        ValidationLoss = validationLoss ?? [];
        TreeOutput = new int[trees.Length];
        Ensemble = new TreeEnsemble(trees, 1, [baseScore], 1.0);
    }

    public string Kind => KindName;

    public int FeatureCount { get; }

    public double BaseScore { get; }

    public RegressionLoss Loss { get; }

    /// <summary>The quantile predicted when <see cref="Loss"/> is <see cref="RegressionLoss.Quantile"/>.</summary>
    public double QuantileAlpha { get; }

    public int Rounds => Trees.Length;

    /// <summary>Validation loss after each round (RMSE or mean pinball loss), empty without validation data; not saved.</summary>
    public IReadOnlyList<double> ValidationLoss { get; }

    internal Tree[] Trees { get; }

    private int[] TreeOutput { get; }

    TreeEnsemble ITreeEnsembleSource.Ensemble => Ensemble;

    private TreeEnsemble Ensemble { get; }

    public double Predict(ReadOnlySpan<double> features)
    {
        ModelChecks.RowLength(features, FeatureCount);
        return Sum(features);
    }

    /// <summary>Predicts every row, in parallel.</summary>
    public void Predict(Matrix features, Span<double> destination)
    {
        var all = BatchPrediction.TreeSums(Trees, TreeOutput, [BaseScore], features, FeatureCount);
        if (destination.Length < all.Length) throw new ArgumentException("destination is shorter than the number of rows", nameof(destination));
        all.CopyTo(destination);
    }

    private double Sum(ReadOnlySpan<double> features)
    {
        Span<double> margin = stackalloc double[1];
        BoostedTrees.Margins(Trees, TreeOutput, [BaseScore], features, margin);
        return margin[0];
    }

    string ITreeEnsembleSource.OutputName(int output) => "prediction";

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteInt32((int)Loss);
        writer.WriteDouble(QuantileAlpha);
        BoostedTrees.Write(writer, Trees, TreeOutput, [BaseScore]);
    }

    internal static GradientBoostingRegressorModel Read(ModelReader reader)
    {
        ModelChecks.KindVersion(reader, 1);
        var featureCount = ModelChecks.ReadFeatureCount(reader);
        var loss = (RegressionLoss)reader.ReadInt32("loss", 0, (int)RegressionLoss.Quantile);
        var alpha = reader.ReadFiniteDouble("quantile-alpha");
        if (!(alpha > 0 && alpha < 1)) throw reader.Error("quantile-alpha", $"{alpha} is outside (0, 1)");
        var (trees, _, baseMargins) = BoostedTrees.Read(reader, featureCount, 1);
        return new GradientBoostingRegressorModel(trees, baseMargins[0], featureCount, loss, alpha);
    }
}
