namespace Formcast.Learning.Linear;

/// <summary>How logistic regression handles more than two classes (two classes always fit one sigmoid).</summary>
public enum MultiClassStrategy
{
    /// <summary>One softmax over all classes (scikit-learn's <c>multi_class="multinomial"</c>).</summary>
    Multinomial,

    /// <summary>One sigmoid per class against the rest, probabilities normalised to sum to 1 (<c>"ovr"</c>).</summary>
    OneVsRest,
}
