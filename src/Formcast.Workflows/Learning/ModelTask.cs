namespace Formcast.Workflows.Learning;

/// <summary>What the evaluated model predicts.</summary>
public enum ModelTask
{
    /// <summary>Decide from the model and the target (see <see cref="EvaluateWorkflow"/>).</summary>
    Auto,
    Classification,
    Regression,
}
