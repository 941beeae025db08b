namespace Formcast.Learning;

/// <summary>A fitted model. Every model can be saved and loaded (see <see cref="ModelFile"/>).</summary>
public interface IModel
{
    /// <summary>Stable kind name written into model files, e.g. "decision-tree", "svm".</summary>
    string Kind { get; }

    /// <summary>Number of input features the model was fitted on.</summary>
    int FeatureCount { get; }

    /// <summary>Writes the model's parameters (the model file header is written by <see cref="ModelFile"/>).</summary>
    void WritePayload(ModelWriter writer);
}
