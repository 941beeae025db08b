using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>One method's predicted time with everything it used.</summary>
/// <param name="Method">"riegel", "cameron", "daniels-vdot" or "daniels-vdot-marathon-shape".</param>
/// <param name="DistanceMeters">Target distance.</param>
/// <param name="PredictedSeconds">Predicted finishing time.</param>
/// <param name="RacesUsed">The race results the prediction was carried from.</param>
/// <param name="Inputs">Named numbers behind the prediction (exponent, VDOT, shape, adjustment factor, WBGT…).</param>
/// <param name="Notes">Plain sentences on corrections and caveats.</param>
public sealed record RacePrediction(
    string Method, double DistanceMeters, double PredictedSeconds, IReadOnlyList<RaceResult> RacesUsed,
    IReadOnlyDictionary<string, double> Inputs, IReadOnlyList<string> Notes);
