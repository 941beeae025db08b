namespace Formcast.Learning;

/// <summary>
/// Options of histogram gradient boosting, named and defaulted as XGBoost 1.7's <c>hist</c> tree method
/// (eta 0.3, max_depth 6, min_child_weight 1, lambda 1, 255 bins here against XGBoost's 256). The base score is
/// estimated from the data (weighted mean, prior probability, or quantile) unless given, as XGBoost 2 does.
/// </summary>
public sealed record GradientBoostingOptions : LearnerOptions
{
    /// <summary>Boosting rounds (trees per output).</summary>
    public int Rounds { get; init; } = 100;

    /// <summary>Shrinkage η multiplying every leaf weight.</summary>
    public double LearningRate { get; init; } = 0.3;

    /// <summary>Maximum depth; 0 means unlimited (loss-guided growth with <see cref="MaxLeaves"/> only).</summary>
    public int MaxDepth { get; init; } = 6;

    /// <summary>Maximum leaves per tree; 0 means unlimited.</summary>
    public int MaxLeaves { get; init; }

    public TreeGrowthPolicy Growth { get; init; } = TreeGrowthPolicy.DepthWise;

    /// <summary>Minimum hessian sum in each child (for squared error, the number of rows).</summary>
    public double MinChildWeight { get; init; } = 1;

    /// <summary>L2 penalty λ on leaf weights.</summary>
    public double Lambda { get; init; } = 1;

    /// <summary>L1 penalty α on leaf weights.</summary>
    public double Alpha { get; init; }

    /// <summary>Minimum loss change γ a split must bring (XGBoost's <c>min_split_loss</c>, in its units: the sum of
    /// the children's G²/(H+λ) minus the parent's, without the paper's factor ½).</summary>
    public double Gamma { get; init; }

    /// <summary>Fraction of rows each tree sees (Bernoulli per row), in (0, 1].</summary>
    public double Subsample { get; init; } = 1;

    /// <summary>Fraction of features per tree, in (0, 1].</summary>
    public double ColumnSampleByTree { get; init; } = 1;

    /// <summary>Fraction of the tree's features per depth level, in (0, 1].</summary>
    public double ColumnSampleByLevel { get; init; } = 1;

    /// <summary>Fraction of the level's features per node, in (0, 1].</summary>
    public double ColumnSampleByNode { get; init; } = 1;

    /// <summary>Histogram bins per feature, 2–255 (missing values have their own).</summary>
    public int MaxBins { get; init; } = 255;

    /// <summary>Starting prediction: a probability for binary classification, a value for regression; null
    /// estimates it from the training data. Ignored for more than two classes (margins start at 0).</summary>
    public double? BaseScore { get; init; }

    /// <summary>Weight multiplier of positive rows in binary classification (XGBoost's <c>scale_pos_weight</c>).</summary>
    public double ScalePositiveWeight { get; init; } = 1;

    /// <summary>Class weights for classification, multiplied into the sample weights.</summary>
    public ClassWeighting? ClassWeights { get; init; }

    /// <summary>Loss of the regressor.</summary>
    public RegressionLoss Loss { get; init; } = RegressionLoss.SquaredError;

    /// <summary>Quantile α in (0, 1) for <see cref="RegressionLoss.Quantile"/>.</summary>
    public double QuantileAlpha { get; init; } = 0.5;

    /// <summary>Stop when the validation loss has not improved for this many rounds (0: never) and keep the rounds
    /// up to the best one.</summary>
    public int EarlyStoppingRounds { get; init; }

    /// <summary>With early stopping and no validation set given, the share held out for validation: whole groups
    /// when the data has groups, the latest rows when it has times, random rows otherwise.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(Rounds, nameof(Rounds));
        OptionCheck.Positive(LearningRate, nameof(LearningRate));
        OptionCheck.NonNegative(MaxDepth, nameof(MaxDepth));
        OptionCheck.NonNegative(MaxLeaves, nameof(MaxLeaves));
        if (MaxLeaves == 1) throw new ArgumentOutOfRangeException(nameof(MaxLeaves), MaxLeaves, $"{nameof(MaxLeaves)} must be 0 or at least 2");
        if (MaxDepth == 0 && MaxLeaves == 0)
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"{nameof(MaxDepth)} 0 (unlimited) needs a {nameof(MaxLeaves)} limit");
        if (!Enum.IsDefined(Growth)) throw new ArgumentOutOfRangeException(nameof(Growth), Growth, $"{nameof(Growth)} is not a known policy");
        OptionCheck.NonNegative(MinChildWeight, nameof(MinChildWeight));
        OptionCheck.NonNegative(Lambda, nameof(Lambda));
        OptionCheck.NonNegative(Alpha, nameof(Alpha));
        OptionCheck.NonNegative(Gamma, nameof(Gamma));
        Fraction(Subsample, nameof(Subsample));
        Fraction(ColumnSampleByTree, nameof(ColumnSampleByTree));
        Fraction(ColumnSampleByLevel, nameof(ColumnSampleByLevel));
        Fraction(ColumnSampleByNode, nameof(ColumnSampleByNode));
        OptionCheck.InRange(MaxBins, 2, 255, nameof(MaxBins));
        if (BaseScore is { } b && !double.IsFinite(b)) throw new ArgumentOutOfRangeException(nameof(BaseScore), b, $"{nameof(BaseScore)} must be finite");
        OptionCheck.Positive(ScalePositiveWeight, nameof(ScalePositiveWeight));
        ClassWeights?.Validate(nameof(ClassWeights));
        if (!Enum.IsDefined(Loss)) throw new ArgumentOutOfRangeException(nameof(Loss), Loss, $"{nameof(Loss)} is not a known loss");
        OptionCheck.InRange(QuantileAlpha, 0, 1, nameof(QuantileAlpha), highExclusive: true);
        if (QuantileAlpha <= 0) throw new ArgumentOutOfRangeException(nameof(QuantileAlpha), QuantileAlpha, $"{nameof(QuantileAlpha)} must be in (0, 1)");
        OptionCheck.NonNegative(EarlyStoppingRounds, nameof(EarlyStoppingRounds));
        if (!(ValidationFraction > 0 && ValidationFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, $"{nameof(ValidationFraction)} must be in (0, 1)");
    }

    private static void Fraction(double value, string option)
    {
        if (!(value > 0 && value <= 1)) throw new ArgumentOutOfRangeException(option, value, $"{option} must be in (0, 1]");
    }
}
