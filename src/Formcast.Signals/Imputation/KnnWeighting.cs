namespace Formcast.Signals;

/// <summary>How the k nearest donors' values are averaged (scikit-learn <c>KNNImputer.weights</c>).</summary>
public enum KnnWeighting
{
    /// <summary>Plain mean of the donors' values.</summary>
    Uniform = 0,

    /// <summary>Weights 1/distance; donors at distance 0, when any, share all the weight.</summary>
    Distance = 1,
}
