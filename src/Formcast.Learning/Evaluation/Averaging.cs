namespace Formcast.Learning.Evaluation;

/// <summary>How per-class precision, recall and F1 are combined (scikit-learn's <c>average</c> argument).</summary>
public enum Averaging
{
    /// <summary>Only the positive class.</summary>
    Binary,

    /// <summary>Pooled counts over all classes.</summary>
    Micro,

    /// <summary>Unweighted mean over classes.</summary>
    Macro,

    /// <summary>Mean over classes weighted by each class's (weighted) number of true rows.</summary>
    Weighted,
}
