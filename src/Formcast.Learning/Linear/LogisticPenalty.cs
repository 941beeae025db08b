namespace Formcast.Learning.Linear;

/// <summary>Penalty on the logistic regression weights (never on the intercepts).</summary>
public enum LogisticPenalty
{
    /// <summary>½‖W‖², scikit-learn's <c>penalty="l2"</c>.</summary>
    L2,

    /// <summary>‖W‖₁, scikit-learn's <c>penalty="l1"</c> (solver "saga"): sparse weights.</summary>
    L1,
}
