namespace Formcast.Analytics;

/// <summary>A test predicted by a twin fitted without it.</summary>
public sealed record HeldOutPrediction(int Day, double Actual, double Predicted)
{
    public double Error => Predicted - Actual;
}
