namespace Formcast.Learning.Trees.Internal;

/// <summary>A model whose prediction is a <see cref="TreeEnsemble"/> (explainable by TreeSHAP).</summary>
internal interface ITreeEnsembleSource
{
    TreeEnsemble Ensemble { get; }

    /// <summary>Describes the explained outputs, e.g. "probability of class 1" or "log-odds of class 1".</summary>
    string OutputName(int output);
}
